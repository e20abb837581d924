// The package's entry point for Probot (`main`): the app function, wired in app/probot-app.ts.
export { default } from "./app/probot-app.js";

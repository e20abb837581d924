// A request written in each language the desk writes in, through the real server process (`npm
// start`, signed webhooks from the GitHub stand-in): its card is in that language above a rule with
// the English card below, so are the requester's notices (the reviewer's `/verify email`, the reply
// to a wrong `/code`), and report.json names the language. An English request's card is the English
// card, byte for byte. One process serves every language; each is an issue of its own. The app
// paces comment creation 3 s apart, as GitHub asks, so each language costs about 9 s (three comments).
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { decodeState } from "../../src/domain/case/state.js";
import { GitHubStandIn } from "../../standin/github-standin.js";
import { startAppProcess, waitFor, type AppProcess } from "../../standin/app-process.js";
import { cardFor } from "../helpers/cards.js";
import { body } from "../helpers/fixtures.js";

const SECRET = "languages-webhook-secret";
const CONFIG = "reviewers: [alice]\n";
let github: GitHubStandIn;
let app: AppProcess;

interface Written {
  lang: string;
  /** The requester's login, and the account the request names. */
  author: string;
  reason: string;
  /** The card's status line in that language. */
  status: string;
  /** The start of the reviewer's `/verify email` notice, after the mention. */
  emailSent: string;
  /** The reply to a wrong code (5 tries, one used). */
  wrongCode: string;
}

const WRITTEN: Written[] = [
  {
    lang: "zh",
    author: "liwei",
    reason:
      "您好，我的手机丢了，上面装着用于两步验证的身份验证器应用，现在无法登录我的 PyPI 账号。我也找不到当初保存的恢复码。" +
      "我仍然可以使用注册账号时的邮箱，请问怎样才能恢复访问？谢谢！",
    status: "**状态：排队中，等待审核人员处理**",
    emailSent: "审核人员已向 PyPI 为该账号登记的邮箱发送了一封包含一次性验证码的邮件。",
    wrongCode: "验证码不正确。请查看最新的一封邮件后重试（还剩 4 次机会）。",
  },
  {
    lang: "es",
    author: "lucia-g",
    reason:
      "Hola, perdí mi teléfono, donde tenía la aplicación de autenticación de dos factores, y ya no puedo iniciar sesión en mi " +
      "cuenta de PyPI. Lamentablemente no guardé los códigos de recuperación. Todavía tengo acceso al correo electrónico con el " +
      "que registré la cuenta. ¿Cómo puedo recuperar el acceso? Muchas gracias.",
    status: "**Estado: en la cola, esperando a un revisor**",
    emailSent: "un revisor ha enviado un correo con un código de un solo uso a la dirección que PyPI tiene registrada para esta cuenta.",
    wrongCode: "Ese código no es correcto. Revise el correo más reciente y vuelva a intentarlo (quedan 4 intentos).",
  },
  {
    lang: "pt",
    author: "joaosilva",
    reason:
      "Olá, perdi meu celular, onde estava o aplicativo de autenticação de dois fatores, e não consigo mais entrar na minha conta " +
      "do PyPI. Infelizmente não guardei os códigos de recuperação. Ainda tenho acesso ao e-mail com que registrei a conta. Como " +
      "posso recuperar o acesso? Muito obrigado.",
    status: "**Situação: na fila, aguardando um revisor**",
    emailSent: "um revisor enviou um e-mail com um código de uso único para o endereço que PyPI tem cadastrado nesta conta.",
    wrongCode: "Esse código não está correto. Confira o e-mail mais recente e tente de novo (restam 4 tentativas).",
  },
  {
    lang: "ru",
    author: "ivanov-a",
    reason:
      "Здравствуйте! Я потерял телефон, на котором было приложение для двухфакторной аутентификации, и теперь не могу войти в " +
      "свой аккаунт PyPI. Коды восстановления я, к сожалению, не сохранил. Доступ к электронной почте, на которую " +
      "зарегистрирован аккаунт, у меня есть. Подскажите, пожалуйста, как восстановить доступ?",
    status: "**Статус: в очереди, ждёт проверяющего**",
    emailSent: "проверяющий отправил письмо с одноразовым кодом на адрес, указанный для этого аккаунта в PyPI.",
    wrongCode: "Код неверный. Проверьте последнее письмо и попробуйте ещё раз (осталось 4 попытки).",
  },
  {
    lang: "ja",
    author: "tanaka-k",
    reason:
      "こんにちは。スマートフォンを機種変更した際に二要素認証アプリのデータを移行し忘れてしまい、PyPI にログインできなくなりました。" +
      "リカバリーコードも保存していませんでした。登録したメールアドレスにはまだアクセスできます。アカウントを復旧する方法を教えていただけますか。",
    status: "**状態：順番待ち（審査担当者の対応待ち）**",
    emailSent: "審査担当者が、PyPI にこのアカウント用に登録されているアドレスに、ワンタイムコードを記載したメールを送りました。",
    wrongCode: "そのコードは正しくありません。最新のメールを確認して、もう一度お試しください（残り 4 回）。",
  },
  {
    lang: "ko",
    author: "minjun-kim",
    reason:
      "안녕하세요. 휴대폰을 바꾸면서 2단계 인증 앱을 옮기지 못해 PyPI 계정에 로그인할 수 없습니다. 복구 코드도 저장해 두지 " +
      "않았습니다. 가입할 때 사용한 이메일에는 아직 접근할 수 있습니다. 계정을 복구할 방법이 있을까요? 감사합니다.",
    status: "**상태: 대기열에서 검토 담당자를 기다리는 중**",
    emailSent: "검토 담당자가 PyPI에 이 계정으로 등록된 주소로 일회용 코드가 담긴 이메일을 보냈습니다.",
    wrongCode: "코드가 올바르지 않습니다. 가장 최근 이메일을 확인하고 다시 시도해 주세요 (남은 기회 4번).",
  },
  {
    lang: "fr",
    author: "cdupont",
    reason:
      "Bonjour, j'ai perdu mon téléphone sur lequel se trouvait l'application d'authentification à deux facteurs, et je ne peux " +
      "plus me connecter à mon compte PyPI. Je n'ai malheureusement pas conservé mes codes de récupération. J'ai toujours accès à " +
      "l'adresse e-mail associée au compte. Pourriez-vous m'aider à récupérer l'accès ? Merci d'avance.",
    status: "**État : dans la file d’attente, en attente d’un examinateur**",
    emailSent: "un examinateur a envoyé un e-mail contenant un code à usage unique à l’adresse que PyPI a enregistrée pour ce compte.",
    wrongCode: "Ce code n’est pas le bon. Vérifiez l’e-mail le plus récent et réessayez (4 essais restants).",
  },
  {
    lang: "de",
    author: "jmueller",
    reason:
      "Hallo, ich habe mein Handy verloren, auf dem die App für die Zwei-Faktor-Authentifizierung installiert war, und kann mich " +
      "jetzt nicht mehr bei meinem PyPI-Konto anmelden. Die Wiederherstellungscodes habe ich leider nicht gespeichert. Auf die " +
      "E-Mail-Adresse des Kontos habe ich weiterhin Zugriff. Wie kann ich den Zugang wiederherstellen? Vielen Dank.",
    status: "**Status: in der Warteschlange, wartet auf eine prüfende Person**",
    emailSent:
      "eine prüfende Person hat eine E-Mail mit einem Einmalcode an die Adresse geschickt, die bei PyPI für dieses Konto hinterlegt ist.",
    wrongCode:
      "Dieser Code ist nicht richtig. Bitte sehen Sie in der neuesten E-Mail nach und versuchen Sie es noch einmal (noch 4 Versuche).",
  },
];

/** The built-in form's request, naming `author` as the account, with `reason` as the reason. */
function request(author: string, reason: string | null): string {
  const form = body("form-jbber").replace(/^jbber$/m, author);
  if (reason === null) return form;
  const start = form.indexOf("### Reason for request\n\n") + "### Reason for request\n\n".length;
  return `${form.slice(0, start)}${reason}${form.slice(form.indexOf("\n\n### Recovery Codes"))}`;
}

const comments = (n: number) => github.thread(n).comments;
/** The card without its hidden state block, which records the language. */
const visible = (card: string) => card.replace(/\n\n<!--[^]*$/, "");

/** Opens a request and waits for its card to land. */
async function file(author: string, reason: string | null): Promise<number> {
  const issue = await github.openIssue(author, "Account recovery request", request(author, reason), ["account-recovery"]);
  await waitFor(() => github.thread(issue.number).issue.labels.includes("recovery: triage"), 40_000);
  return issue.number;
}

/** Waits until report.json lists case `n`, waiting on a reviewer, in `language` as `by` set it. */
async function reported(n: number, language: string, by: string | null): Promise<void> {
  const url = `${app.url}/recovery-triage/${github.owner}/${github.repo}/report.json`;
  await waitFor(async () => {
    const response = await fetch(url);
    if (response.status !== 200) return false;
    const report = (await response.json()) as { waitingOnReviewer: { number: number; language: string; languageBy: string | null }[] };
    return report.waitingOnReviewer.some((c) => c.number === n && c.language === language && c.languageBy === by);
  }, 10_000);
}

/** Posts a comment and waits for the app's reply to it (a new comment after it). */
async function reply(n: number, login: string, text: string): Promise<string> {
  const count = comments(n).length;
  await github.comment(n, login, text);
  // The desk paces comments 3 s apart (as GitHub asks); a loaded machine adds to it (a full `npm test` on
  // two cores once took over 45 s: this checks what the reply says; how soon it comes, the benchmark measures).
  await waitFor(() => comments(n).length > count + 1, 75_000).catch((error: Error) => {
    // What the app logged and what the thread holds, so a miss names its cause rather than only its wait.
    const thread = comments(n).map((c) => `${c.user.login}: ${c.body.slice(0, 80)}`);
    throw new Error(`${error.message} for the reply to "${text}" on #${n}\n${thread.join("\n")}\n${app.output().slice(-8_000)}`);
  });
  return comments(n).at(-1)!.body;
}

beforeAll(async () => {
  github = new GitHubStandIn({
    webhookSecret: SECRET,
    appSlug: "desk-languages",
    files: { ".github/recovery-triage.yml": CONFIG },
    roles: { alice: "maintain" },
  });
  await github.start();
  app = await startAppProcess(github, {
    WEBHOOK_SECRET: SECRET,
    GHE_HOST: github.host,
    GHE_PROTOCOL: "http",
    RECOVERY_SECRET: "languages-recovery-secret-0123456789",
    LOG_LEVEL: "info",
  });
  github.deliverTo(`${app.url}/api/github/webhooks`);
}, 30_000);

afterAll(async () => {
  await app?.stop();
  await github?.stop();
});

describe("a request in the requester's language, through npm start", () => {
  it.each(WRITTEN)(
    "$lang: the card and the requester's notices in $lang, the English below",
    async (w) => {
      const n = await file(w.author, w.reason);
      const card = comments(n)[0]!.body;
      const state = decodeState(card)!;
      expect(state.language).toEqual({ code: w.lang, by: "detected" });
      const [translated, english] = card.split("\n\n---\n\n");
      expect(translated).toContain(`### Account recovery request\n\n${w.status}\n\n`);
      expect(translated).not.toContain("Status: In the queue");
      // Below the rule, the English card exactly as an English request of the same state has it.
      const { language: _language, ...inEnglish } = state;
      expect(`### Account recovery request\n\n${visible(english!)}`).toBe(visible(cardFor(inEnglish, CONFIG)));
      await reported(n, w.lang, "detected");

      const told = await reply(n, "alice", "/verify email");
      expect(told.startsWith(`@${w.author} — ${w.emailSent}`)).toBe(true);
      expect(told).toContain(`\n\n---\n\n@${w.author} — a reviewer has sent an email with a one-time code to the address PyPI has`);

      const wrong = await reply(n, w.author, "/code 12345678");
      expect(
        wrong.startsWith(
          `${w.wrongCode}\n\n---\n\nThat code is not right. Please check the most recent email and try again (4 attempts left).`,
        ),
      ).toBe(true);
    },
    200_000,
  );

  it("an English request's card is the English card, byte for byte", async () => {
    const n = await file("jsmith", null);
    const card = comments(n)[0]!.body;
    const state = decodeState(card)!;
    expect(state.language).toBeUndefined();
    expect(card).toBe(cardFor(state, CONFIG));
    expect(card).not.toContain("\n\n---\n\n");
    await reported(n, "en", null);
  }, 60_000);
});

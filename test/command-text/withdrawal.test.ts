// Withdrawal in everyday words, in the corpus's languages: certain (the request is closed), unsure
// (the requester is asked to confirm), or neither — a question or a negation is never a withdrawal.
// Rows marked pypi/support follow wording from the registry's own threads.
import { describe, expect, it } from "@jest/globals";
import { readWithdrawal } from "../../src/domain/command-text/withdrawal.js";

const CERTAIN: string[] = [
  "you can close this now",
  "You can close this issue, thank you!",
  "Please close this issue. Thanks for your help.",
  "This can be closed, I sorted it out with support by email.",
  "I no longer need this, thanks",
  "I'd like to withdraw my request.",
  "不需要了，谢谢",
  "问题已不需要处理了，可以关闭了",
  "請關閉這個問題，謝謝",
  "Ya no lo necesito, pueden cerrar el issue.",
  "Podem fechar, não preciso mais.",
  "Vous pouvez fermer cette demande, merci.",
  "Das Ticket kann geschlossen werden, danke.",
  "Можно закрыть, спасибо.",
  "もう不要になりました。閉じてください。",
  "이제 닫아 주세요. 감사합니다.",
];

const UNSURE: string[] = [
  "I got back in, thanks!",
  "Update: I was able to log in with an old recovery code.",
  "I regained access to my account.",
  "Problem solved, my phone backup had the codes.",
  "问题已解决，谢谢！",
  "可以登录了，谢谢",
  "Ya pude acceder, gracias.",
  "Consegui acessar, obrigado.",
  "J'ai pu me connecter, merci.",
  "Ich konnte mich wieder anmelden.",
  "Удалось войти, спасибо.",
  "ログインできました。ありがとうございます。",
  "로그인이 됐어요 감사합니다",
];

const NEITHER: string[] = [
  "Can you close this and open it again?",
  "Is this issue resolved?",
  "Please don't close this, I still need help.",
  "I still can't log in, please help.",
  "The problem is not solved: the code did not arrive.",
  "I tried to log in but it still fails.",
  "还是无法登录",
  "问题还没解决",
  "I have the same problem, any update?",
  "Thanks, I sent the email you asked for.",
  `you can close this now ${"because ".repeat(120)}`,
];

describe("readWithdrawal", () => {
  it.each(CERTAIN)("%j withdraws the request", (text) => expect(readWithdrawal(text)).toBe("certain"));
  it.each(UNSURE)("%j may: the requester is asked to confirm", (text) => expect(readWithdrawal(text)).toBe("unsure"));
  it.each(NEITHER)("%j does not", (text) => expect(readWithdrawal(text)).toBeNull());
});

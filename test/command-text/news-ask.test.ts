// The classifier of comments that only ask for news. Most rows are comments from the registry's
// own threads (pypi/support, the issue named); the Chinese ones follow the wording of its Chinese
// requests. Both directions matter: noise hidden, and anything that says more left alone.
import { describe, expect, it } from "@jest/globals";
import { asksOnlyForNews } from "../../src/domain/command-text/news-ask.js";

const ONLY_NEWS: [string, string][] = [
  ["Any update ?", "pypi/support#5835"],
  ["Any news on this?", "pypi/support#2440"],
  ["Hello, any news here maybe?", "pypi/support#1300"],
  ["I still have not received any updates.", "pypi/support#8810"],
  ["Just wanted to follow up on this. Any help would be greatly appreciated.", "pypi/support#8810"],
  ["+1", "keybase/keybase-issues#4154"],
  ["👍", "a thumbs-up as a comment"],
  ["same problem", "passer-by"],
  ["I have the same issue here, thanks", "passer-by"],
  ["Me too!!", "passer-by"],
  ["bump", "requester"],
  ["Pinging again.", "pypi/support#2440 (first sentence)"],
  ["Hi team, is there any update on this request? Thanks in advance 🙏", "requester"],
  ["Still waiting for a response", "requester"],
  ["What's the status of this?", "requester"],
  ["请问有进展吗？", "Chinese: any progress?"],
  ["您好，请问现在进度怎么样了？谢谢", "Chinese: how is it going now? thanks"],
  ["有更新吗", "Chinese: any update?"],
  ["請問有進展嗎？謝謝！", "Chinese, traditional"],
  ["我也遇到了同样的问题", "Chinese: I have the same problem"],
  ["顶一下", "Chinese: bump"],
  ["同问 +1", "Chinese: same question"],
  ["还在等回复，麻烦了", "Chinese: still waiting for a reply"],
];

const SAYS_MORE: [string, string][] = [
  ["Did you get my email?", "pypi/support#2440: a question for the reviewer"],
  ["Pinging again. I've sent the email as requested.", "pypi/support#2440: new information"],
  ["I can login in to account", "pypi/support#5835: new information"],
  ["It is urgent how can I get resolved ?", "pypi/support#5835"],
  ["Hi, is there a way to prioritize this request somehow?", "pypi/support#11407: a question"],
  ["I replied by email on March 24, but nothing has happened yet. Is there anything I can do to speed things up?", "pypi/support#9846"],
  ["Is there anything I can do to accelerate the process? I would really appreciate your help.", "pypi/support#922"],
  ["Email sent. Thank you!", "pypi/support#8810: the requester did something"],
  ["Thanks!", "courtesy alone asks nothing"],
  ["any update? I sent the email on 2026-05-05", "a date"],
  ["any update? see https://example.org/proof", "a link"],
  ["any update? [proof](https://example.org)", "a markdown link"],
  ["any update?\n\n```\nerror 403\n```", "a code block"],
  ["any update? my username is `jbber`", "a code span"],
  ["> any update?\n\nI am the owner", "a quote"],
  ["same problem as #12", "an issue reference"],
  ["same problem, my account is jbber", "names an account"],
  ["any update? write to me at me@example.org", "an address"],
  ["/withdraw", "a command"],
  ["@ewdurbin any updates?", "pypi/support#3112: addressed to a person, who is notified anyway"],
  ["@other-account", "a mention alone answers whoever asked whose account it is"],
  ["@owner/repo", "a repository named as a mention"],
  ["same problem, it is owner/repo", "a repository reference"],
  ["请问有进展吗？我已经发了邮件", "Chinese: I already sent the email"],
  ["我的用户名是 meihai，也遇到同样的问题", "Chinese: names an account"],
  ["", "empty"],
  [`any update? ${"please ".repeat(40)}`, "too long to be only asking"],
];

describe("asksOnlyForNews", () => {
  it.each(ONLY_NEWS)("%j only asks for news (%s)", (text) => {
    expect(asksOnlyForNews(text)).toBe(true);
  });

  it.each(SAYS_MORE)("%j says more, so it is left alone (%s)", (text) => {
    expect(asksOnlyForNews(text)).toBe(false);
  });
});

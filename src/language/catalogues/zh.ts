// Chinese (简体中文): "您", as a support desk writes to someone it does not know. Bold text never
// ends in a full-width punctuation mark followed by a character: GitHub's markdown would not close
// the bold there, so a colon or a full stop goes outside the `**`.
/* eslint-disable max-len -- a message stays on one line, so the languages compare line by line */
import type { Catalogue } from "../messages.js";

const catalogue: Catalogue = {
  "card.english": "<sub>下方是同样内容的英文原文。如果您希望此申请只使用英文，请在这里评论 `/english`。</sub>",
  "status.triage": "状态：排队中，等待审核人员处理",
  "status.needs-info.question": "状态：等待您的回复（审核人员有一个问题）",
  "status.needs-info.problems": "状态：等待您的回复（有几处需要修改）",
  "status.verifying": "状态：正在核实账号是否属于您（等待您的操作）",
  "status.verified": "状态：已核实，等待审核人员做出决定",
  "status.on-hold": "状态：已暂停",
  "status.resolved": "状态：已批准",
  "status.denied": "状态：已拒绝",
  "status.duplicate": "状态：已关闭，您已有一个未关闭的申请",
  "status.withdrawn": "状态：已撤回",
  "status.stale": "状态：已关闭，未收到回复",
  "status.closed": "状态：已关闭",
  "status.closed-by": "状态：已由 {login} 关闭",
  "row.account": "账号",
  "account.named": "{registry} 上的 {username}",
  "account.none": "尚未提供",
  "row.reviewer": "审核人员",
  "reviewer.none": "尚未分配",
  "row.next": "下一步",
  "next.triage": "审核人员开始核实",
  "next.needs-info": "**您**：请看下方",
  "next.verifying": "**您**：请看下方",
  "next.verified": "审核人员做出决定",
  "next.on-hold": "审核人员恢复处理",
  "row.queue": "队列",
  "queue.ahead": "{count, plural, =0 {在您之前提交的申请中，没有正在等待审核人员的} other {在您之前提交的申请中，有 # 个正在等待审核人员}}",
  "row.wait": "预计等待时间",
  "wait.weeks": "{count, plural, other {大约 # 周}}（根据近期处理速度估算）",
  "wait.unknown": "暂时无法估算",
  "body.triage.next":
    "**接下来会怎样**：审核人员会查看您的申请，然后核实该账号是否属于您，通常的做法是给 {registry} 为该账号登记的电子邮箱发送邮件。请留意该邮箱的收件箱和垃圾邮件文件夹。",
  "body.triage.wait": "**您现在无需做任何事**。申请按提交顺序处理；您的申请每推进一步，这条评论都会随之更新。",
  "body.question": "{requester}，审核人员向您提问：",
  "body.question.todo": "**您需要做的**：请在下方评论中回答（或编辑您的申请）。您回答后，申请就会继续推进。",
  "body.problems": "{requester}，我们暂时还无法开始处理您的申请：",
  "body.problems.todo":
    "**您需要做的**：打开申请顶部的 **⋯** 菜单，选择 **Edit**，修改上面列出的问题后保存。保存后会立即重新检查，无需新建申请。",
  "step.email":
    "**请查看您的邮箱**。审核人员已向该账号登记的邮箱发送了一个一次性验证码（也请查看垃圾邮件文件夹）。收到后，请评论 `/code` 加上这 8 位数字，例如 `/code 12345678`。验证码只能使用一次，并且只在这个申请中有效。",
  "step.locked": "输入错误的验证码次数过多，邮箱验证已被锁定。审核人员会告诉您下一步怎么做。",
  "step.repo":
    "**请创建一个分支**。在 {repo} 中创建一个名为 {branch} 的空分支，然后评论 `/done`。只有能向该仓库推送（push）的人才能完成这一步。截止时间：{until}。",
  "step.none": "审核人员会在这里告诉您下一步怎么做。",
  "body.verified": "谢谢您，已确认该账号属于您。审核人员现在会做出决定，并在这里告诉您。**您现在无需做任何事**。",
  "body.on-hold": "审核人员已暂停此申请。暂停期间不会丢失任何内容，也不会计算任何期限。",
  "body.on-hold.reason": "审核人员已暂停此申请：{reason}。暂停期间不会丢失任何内容，也不会计算任何期限。",
  "body.resolved": "审核人员已批准恢复账号{note}。请按照 {registry} 发给您的邮件中的说明重新登录您的账号。",
  "body.denied": "审核人员未能批准此次账号恢复{note}。",
  "body.new-information": "如果您有新的信息，请在这里回复。",
  "body.duplicate":
    "您已经为这个账号提交过一个未关闭的申请：{number}。为了把所有内容集中在一处，我们关闭了这个申请；您之前的申请在队列中的位置保持不变。请在 {number} 继续（如有需要修改的内容，可以直接编辑那个申请）。",
  "body.withdrawn": "您已关闭此申请，因此不会有人继续处理。如果这是误操作，请在这里评论 `/reopen`。",
  "body.withdrawn.until": "您已关闭此申请，因此不会有人继续处理。如果这是误操作，请在 {date} 之前在这里评论 `/reopen`。",
  "body.stale": "由于没有收到您的回复，此申请已关闭。如果您仍需要帮助，请在这里回复，申请会重新打开。",
  "body.stale.until": "由于没有收到您的回复，此申请已关闭。如果您仍需要帮助，请在 {date} 之前在这里回复，申请会重新打开。",
  "body.closed": "此申请已关闭。如果您认为这是个错误，请在这里回复并说明原因。",
  safety: "⚠️ 此页面是公开的。请勿在这里发布恢复码、密码、API 令牌或一次性验证码；唯一的例外是验证邮件要求您发送的 `/code`。",
  "note.emails-removed": "由于此页面是公开的，我们已从申请中删除了您的电子邮箱地址（GitHub 的编辑历史中仍可看到）。",
  "problem.username-missing": "{field} 一栏是空的。请填写您登录 {registry} 时使用的用户名。",
  "problem.username-unknown":
    "{field} 一栏没有填写用户名。请填写您登录 {registry} 时使用的用户名。{registry} 发给您的邮件中会提到您的账号。如果找不到，请在申请原因中说明，审核人员会告诉您该怎么做。",
  "problem.username-email":
    "{field} 一栏填写的是电子邮箱地址。请把它换成您在 {registry} 的用户名，也就是您登录时使用的名称；我们在这里从不需要您的邮箱地址。",
  "problem.username-secret":
    "{field} 一栏中有看起来像{secret}的内容；由于此页面是公开的，我们已将其从申请中删除。请编辑这一栏，只填写您在 {registry} 的用户名。",
  "problem.username-several": "{field} 一栏写了不止一个账号（{names}）。请只保留一个，其他每个账号请分别提交申请。",
  "problem.username-invalid": "{name} 不可能是 {registry} 的用户名。用户名只能包含{rules}。请检查拼写，并且只填写用户名。",
  "rules.pypi": "字母、数字、点、下划线和连字符，必须以字母或数字开头和结尾，最多 50 个字符",
  "rules.github": "字母、数字和单个连字符，不能以连字符开头或结尾，最多 39 个字符",
  "rules.lenient": "一个不含空格和“@”的词，最多 100 个字符",
  "problem.reason-unclear":
    "{field} 一栏没有说明发生了什么。请用一句话说明您失去了什么的访问权限：双重验证应用或安全密钥、恢复码，还是电子邮箱。",
  "problem.says-solved":
    "您的申请中说问题已经解决。如果您已经可以登录，请在这里评论 `/withdraw` 关闭此申请。如果仍然无法登录，请编辑申请说明您无法做什么，申请会重新回到队列中。",
  "problem.reason-missing": "{field} 一栏是空的。请用一句话说明您失去了什么的访问权限：双重验证应用或安全密钥、恢复码，还是电子邮箱。",
  "problem.account-not-found": "我们没有找到名为 {name} 的 {registry} 账号。请检查拼写，并按您登录时使用的名称原样填写。",
  "problem.account-not-found.test": "我们在测试实例上没有找到名为 {name} 的 {registry} 账号。请检查拼写，并按您登录时使用的名称原样填写。",
  "problem.box-unchecked": "请勾选 {field} 复选框（可以直接在您的申请中点击勾选）。",
  "problem.box-unchecked.recovery-codes":
    "请勾选 {field} 复选框（可以直接在您的申请中点击勾选）。如果您还保留着任何一个恢复码，可以直接用它登录，不需要提交此申请。",
  "secret.recovery-codes": "恢复码",
  "secret.api-token": "API 令牌",
  "secret.totp-secret": "双重验证（TOTP）密钥",
  "secret.password": "密码",
  "secret.email-code": "您的一次性验证码",
  "advice.recovery-codes": "请把这些恢复码视为已作废：任何人都可能已经复制了它们。",
  "advice.api-token": "能登录后请立即吊销该 API 令牌（审核人员可以更早替您吊销），然后创建一个新的。",
  "advice.totp-secret": "该双重验证密钥已经泄露：恢复访问后，请删除这个验证器并重新设置一个新的。",
  "advice.password": "请修改这个密码，以及所有使用过它的其他地方的密码。",
  "advice.email-code": "要使用验证码，请单独一行评论 `/code` 加上数字。",
  "advice.never": "请勿在这里发布任何验证码、密码或令牌：本服务的任何人都不会向您索要这些。",
  "audience.maintainer": "本服务的维护人员",
  "audience.requester": "提交此申请的人",
  "audience.both": "本服务的维护人员或提交此申请的人",
  "notice.refused": "只有{who}才能使用 {command}，因此没有做任何更改。",
  "notice.usage": "{command} 没有执行，因为命令的写法不正确（具体原因见下方英文）。",
  "notice.hint": "没有 {written} 这个命令。您是想输入 {meant} 吗？",
  "notice.closed-case": "此申请已关闭，因此 {command} 不再起作用。",
  "notice.own-case": "{command} 没有执行：任何人都不能对自己的账号恢复申请做决定，必须由另一位维护人员处理。",
  "notice.verification-off": "本服务尚未配置验证功能，因此没有启动任何操作。需要由管理员进行配置。",
  "notice.info-request": "在您的申请继续推进之前，审核人员需要您提供一些信息：\n\n{question}\n\n请在下方评论中回答。",
  "notice.email-sent":
    "审核人员已向 {registry} 为该账号登记的邮箱发送了一封包含一次性验证码的邮件。请在收件箱（以及垃圾邮件文件夹）中查找。收到后，请在这里评论 `/code` 加上这 8 位数字，例如 `/code 12345678`。验证码只能使用一次，只在这个申请中有效，并且只能由您使用。",
  "notice.challenge":
    "为了证明您能控制 {repo}，请在该仓库中创建一个名为 {branch} 的空分支（例如 {push}），然后在这里评论 `/done`。之后可以删除该分支。此验证的截止时间为 {until}。",
  "notice.code-wrong": "验证码不正确。请查看最新的一封邮件后重试（{count, plural, other {还剩 # 次机会}}）。",
  "notice.code-expired": "该验证码已过期（验证码的有效期为 {hours} 小时）。请在这里回复，请审核人员重新发送一个。",
  "notice.code-used": "该验证码已经使用过了。邮箱验证不需要再做其他操作。",
  "notice.code-locked": "输入错误的验证码次数过多，为保护账号，邮箱验证已被锁定。审核人员会决定下一步怎么做。",
  "notice.code-key-revoked":
    "该验证码是用一把已被更换的审核人员密钥发送的，因此无法用它完成邮箱验证。{reviewer} 或其他审核人员会重新运行 `/verify email`，并发送新的验证码。",
  "factor.email": "邮箱验证",
  "factor.repo": "仓库验证",
  "notice.factor-voided":
    "{reviewer} 启动了{factor}，但已无法再操作此仓库，因此该验证不再有效，收到的内容也都未被采纳。维护人员会用 {command} 重新启动。",
  "notice.code-not-expected": "此申请目前不需要邮箱验证码。审核人员发送验证码时会告诉您。",
  "notice.challenge-not-expected": "此申请目前没有进行中的仓库验证。",
  "notice.branch-missing": "还没有在 {repo} 中找到分支 {branch}。请检查名称（必须完全一致），推送后再次评论 `/done`。",
  "notice.branch-unchecked": "暂时无法检查该仓库。不会丢失任何内容：系统会自动重新检查。",
  "notice.challenge-expired": "{repo} 的仓库验证已过期，未找到该分支。审核人员会决定下一步怎么做。",
  "notice.challenge-unreachable":
    "应用已无法访问 {repo}（它已被设为私有、重命名或删除），因此该验证永远无法完成。审核人员会选择其他验证方式。",
  "notice.approve-needs-verification":
    "此申请尚未完成验证，因此没有被批准。请先完成验证，或者输入 `/approve force <reason>` 并记录理由，强制批准。",
  "notice.verified": "所有必需的验证步骤都已确认。此申请可以由您做出决定了（`/approve` 或 `/deny <reason>`）。",
  "notice.approved": "您的账号恢复申请已获批准{note}。请按照 {registry} 发给您的邮件中的说明重新登录您的账号。",
  "notice.denied": "您的账号恢复申请未能获得批准：{reason}。如果您有新的信息，请在这里回复。",
  "notice.help": "以下是您（{sender}）可以在此申请中使用的命令；命令列表及说明见下方英文。请完全按照所示写法输入每个命令。",
  "notice.reminder":
    "此申请正在等待您的回复（请看上方的状态卡片）。如果 {days} 天内没有收到您的回复，申请将被关闭。之后在这里回复即可重新打开。",
  "notice.stale-closed":
    "由于 {days} 天内没有收到您的回复，此申请已关闭。如果您仍需要帮助，请在 {reopenDays} 天内在这里回复，申请会重新打开。",
  "notice.reopened": "申请人已回复，因此此申请已重新打开，并回到关闭前所处的位置。",
  "notice.reopen-too-late": "此申请关闭已超过 {days} 天，无法重新打开。请提交一个新的申请。",
  "notice.not-reopenable": "只有因未回复而关闭的申请，或您自己撤回的申请，才能用这种方式重新打开。",
  "notice.withdrawal.sure": "您要求关闭此申请，现在已经关闭。如果您还需要它，请在 {days} 天内在这里评论 `/reopen`。",
  "notice.withdrawal.unsure":
    "看起来您已经可以重新登录了。如果是这样，请评论 `/withdraw` 关闭此申请。如果您仍需要帮助，直接在这里说明即可：您的申请会保留在队列中的位置。",
  "notice.reply-after-decision": "申请被拒绝后，申请人又回复了。除非您重新打开申请，否则决定保持不变。",
  "notice.command-too-late":
    "GitHub 一直没有把您在 {date} 发表的包含 {commands} 的评论送达本服务，现在已经过期，无法再执行。没有做任何操作：请重新发表一次。",
  "notice.command-before-reset":
    "{commands} 是在申请更改所填写的账号之前写的，因此没有执行：它针对的是当时填写的账号。如果它对现在填写的账号仍然适用，请重新发表。",
  "news.unknown": "此申请正在排队，等待审核人员处理。",
  "news.next": "此申请排在队列的下一位：在它之前提交的申请中，没有正在等待审核人员的。",
  "news.ahead": "此申请正在排队：在它之前提交的申请中，{count, plural, other {有 # 个}}正在等待审核人员。",
  "news.wait": "预计等待时间{count, plural, other {大约 # 周}}（根据近期处理速度估算）。",
  "news.after":
    "申请按提交顺序处理。此申请一有进展，上方的状态卡片就会更新，因此无需再次询问。只询问进度的评论会被隐藏，以保持讨论清晰；这不会改变申请在队列中的位置。",
  "news.passer-by": "如果您自己的账号无法登录，请提交您自己的申请。每个申请只对应一个账号，在这里评论不会把您的账号加入队列。",
  "notice.too-many-commands": "一条评论只执行前 10 个命令；其余 {count} 个已被忽略。",
  "notice.board-move-refused": "{mover} 在项目看板上把此申请移到了 {column}；本服务已将其移回原位（原因见下方英文）。",
  "notice.secret-in-comment": "{commenter}，您的评论中包含{secrets}，由于此页面是公开的，该评论已被删除。{advice}",
  "notice.address-in-comment":
    "{commenter}，您的评论中包含电子邮箱地址，由于此页面是公开的，该评论已被删除。审核人员会发邮件到登记的邮箱。请去掉邮箱地址后重新发表您的评论。",
  "part.request": "您的申请",
  "part.request-title": "您的申请标题",
  "part.request-both": "您的申请（标题和正文）",
  "part.issue": "您的 issue",
  "part.issue-title": "您的 issue 标题",
  "part.issue-both": "您的 issue（标题和正文）",
  "notice.secret-in-body":
    "{what}中包含{secrets}。这些内容已被替换为 `[redacted]`，但 GitHub 会保留编辑历史，任何人都可以查看，因此请将其视为已泄露。{advice}",
};
export default catalogue;

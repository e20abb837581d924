// French (français): "vous", as a support desk writes to someone it does not know. Apostrophes
// are typographic (’): in an ICU message a straight one before a brace would start a quotation.
/* eslint-disable max-len -- a message stays on one line, so the languages compare line by line */
import type { Catalogue } from "../messages.js";

const catalogue: Catalogue = {
  "card.english":
    "<sub>Vous trouverez le même texte en anglais ci-dessous. Si vous préférez que cette demande soit uniquement en anglais, écrivez `/english` dans un commentaire ici.</sub>",
  "status.triage": "État : dans la file d’attente, en attente d’un examinateur",
  "status.needs-info.question": "État : en attente de votre réponse (l’examinateur a une question)",
  "status.needs-info.problems": "État : en attente de votre réponse (quelques points sont à corriger)",
  "status.verifying": "État : vérification que le compte est bien le vôtre (en attente de votre réponse)",
  "status.verified": "État : vérifiée, en attente de la décision de l’examinateur",
  "status.on-hold": "État : en pause",
  "status.resolved": "État : approuvée",
  "status.denied": "État : refusée",
  "status.duplicate": "État : fermée, vous avez déjà une demande ouverte",
  "status.withdrawn": "État : retirée",
  "status.stale": "État : fermée, sans réponse",
  "status.closed": "État : fermée",
  "status.closed-by": "État : fermée par {login}",
  "row.account": "Compte",
  "account.named": "{username} sur {registry}",
  "account.none": "pas encore indiqué",
  "row.reviewer": "Examinateur",
  "reviewer.none": "pas encore désigné",
  "row.next": "Prochaine étape",
  "next.triage": "l’examinateur lance la vérification",
  "next.needs-info": "**vous** : voir ci-dessous",
  "next.verifying": "**vous** : voir ci-dessous",
  "next.verified": "l’examinateur décide",
  "next.on-hold": "l’examinateur reprend le dossier",
  "row.queue": "File d’attente",
  "queue.ahead":
    "{count, plural, =0 {aucune demande déposée avant la vôtre n’attend d’examinateur} one {# demande déposée avant la vôtre attend un examinateur} many {# de demandes déposées avant la vôtre attendent un examinateur} other {# demandes déposées avant la vôtre attendent un examinateur}}",
  "row.wait": "Attente estimée",
  "wait.weeks":
    "{count, plural, one {environ # semaine} many {environ # de semaines} other {environ # semaines}} (une estimation d’après le rythme récent)",
  "wait.unknown": "nous ne pouvons pas encore l’estimer",
  "body.triage.next":
    "**Ce qui va se passer :** un examinateur va étudier votre demande. Il vérifiera ensuite que le compte est bien le vôtre, généralement en écrivant à l’adresse e-mail que {registry} a enregistrée pour ce compte. Surveillez cette boîte de réception, ainsi que le dossier des courriers indésirables (spam).",
  "body.triage.wait":
    "**Vous n’avez rien à faire pour le moment.** Les demandes sont traitées dans leur ordre d’arrivée ; ce commentaire est mis à jour à mesure que la vôtre avance.",
  "body.question": "{requester}, l’examinateur vous pose cette question :",
  "body.question.todo":
    "**Que faire :** répondez dans un commentaire ci-dessous (ou modifiez votre demande). Votre demande avancera dès que vous l’aurez fait.",
  "body.problems": "{requester}, nous ne pouvons pas encore traiter votre demande :",
  "body.problems.todo":
    "**Que faire :** ouvrez le menu **⋯** en haut de votre demande, choisissez **Edit**, corrigez les points ci-dessus et enregistrez. La demande est vérifiée à nouveau dès l’enregistrement ; inutile d’en ouvrir une nouvelle.",
  "step.email":
    "**Consultez vos e-mails.** L’examinateur a envoyé un code à usage unique à l’adresse enregistrée pour ce compte (regardez aussi dans les spams). Dès réception, écrivez dans un commentaire `/code` suivi des 8 chiffres, par exemple `/code 12345678`. Le code ne fonctionne qu’une seule fois, et uniquement sur cette demande.",
  "step.locked":
    "Trop de codes erronés ont été saisis : la vérification par e-mail est donc bloquée. L’examinateur vous indiquera la prochaine étape.",
  "step.repo":
    "**Créez une branche.** Créez une branche vide nommée {branch} dans {repo}, puis écrivez `/done` dans un commentaire. Seule une personne pouvant faire un push vers ce dépôt peut le faire. Possible jusqu’au {until}.",
  "step.none": "L’examinateur vous indiquera ici la prochaine étape.",
  "body.verified":
    "Merci : il est confirmé que le compte est bien le vôtre. L’examinateur va maintenant prendre sa décision et vous la communiquera ici. **Vous n’avez rien à faire pour le moment.**",
  "body.on-hold": "L’examinateur a mis cette demande en pause. Rien n’est perdu, et aucun délai ne court tant qu’elle est en pause.",
  "body.on-hold.reason":
    "L’examinateur a mis cette demande en pause : {reason}. Rien n’est perdu, et aucun délai ne court tant qu’elle est en pause.",
  "body.resolved":
    "L’examinateur a approuvé la récupération{note}. Suivez les instructions de l’e-mail de {registry} pour retrouver l’accès à votre compte.",
  "body.denied": "L’examinateur n’a pas pu approuver cette récupération{note}.",
  "body.new-information": "Si vous avez de nouvelles informations, répondez ici.",
  "body.duplicate":
    "Vous avez déjà une demande ouverte pour ce compte : {number}. Nous avons fermé celle-ci pour que tout reste au même endroit ; votre demande précédente garde sa place dans la file d’attente. Merci de continuer sur {number} (vous pouvez la modifier si quelque chose doit y être changé).",
  "body.withdrawn":
    "Vous avez fermé cette demande : personne ne la traitera donc. S’il s’agit d’une erreur, écrivez `/reopen` dans un commentaire ici.",
  "body.withdrawn.until":
    "Vous avez fermé cette demande : personne ne la traitera donc. S’il s’agit d’une erreur, écrivez `/reopen` dans un commentaire ici avant le {date}.",
  "body.stale":
    "Cette demande a été fermée faute de réponse de votre part. Si vous avez encore besoin d’aide, répondez ici et elle sera rouverte.",
  "body.stale.until":
    "Cette demande a été fermée faute de réponse de votre part. Si vous avez encore besoin d’aide, répondez ici avant le {date} et elle sera rouverte.",
  "body.closed": "Cette demande a été fermée. Si vous pensez que c’est une erreur, répondez ici en expliquant pourquoi.",
  safety:
    "⚠️ Cette page est publique. Ne publiez jamais ici de codes de récupération, de mots de passe, de jetons d’API ni de codes à usage unique ; la seule exception est le `/code` demandé par l’e-mail de vérification.",
  "note.emails-removed":
    "Nous avons retiré votre adresse e-mail de cette demande, car cette page est publique (l’historique des modifications de GitHub l’affiche encore).",
  "problem.username-missing": "Le champ {field} est vide. Indiquez le nom d’utilisateur avec lequel vous vous connectez à {registry}.",
  "problem.username-unknown":
    "Le champ {field} ne contient pas de nom d’utilisateur. Indiquez le nom avec lequel vous vous connectez à {registry}. Les e-mails que {registry} vous a envoyés mentionnent votre compte. Si vous ne le trouvez pas, dites-le dans le motif et l’examinateur vous indiquera quoi faire.",
  "problem.username-email":
    "Le champ {field} contient une adresse e-mail. Remplacez-la par votre nom d’utilisateur {registry}, celui avec lequel vous vous connectez ; nous n’avons jamais besoin de votre adresse e-mail ici.",
  "problem.username-secret":
    "Le champ {field} contenait quelque chose qui ressemble à {secret} ; nous l’avons retiré de votre demande, car cette page est publique. Modifiez le champ pour qu’il ne contienne que votre nom d’utilisateur {registry}.",
  "problem.username-several":
    "Le champ {field} mentionne plus d’un compte ({names}). N’en gardez qu’un, et ouvrez une demande distincte pour chacun des autres.",
  "problem.username-invalid":
    "{name} ne peut pas être un nom d’utilisateur {registry}. Un nom d’utilisateur ne contient que {rules}. Vérifiez l’orthographe et n’indiquez que le nom d’utilisateur.",
  "rules.pypi":
    "des lettres, des chiffres, des points, des tirets bas et des tirets, commence et se termine par une lettre ou un chiffre, et compte au plus 50 caractères",
  "rules.github":
    "des lettres, des chiffres et des tirets isolés, ne commence ni ne se termine par un tiret, et compte au plus 39 caractères",
  "rules.lenient": "un seul mot sans espace ni « @ », de 100 caractères au plus",
  "problem.reason-unclear":
    "Le champ {field} ne dit pas ce qui s’est passé. Expliquez en une phrase ce à quoi vous n’avez plus accès : votre application de double authentification ou votre clé de sécurité, vos codes de récupération, ou votre adresse e-mail.",
  "problem.says-solved":
    "Votre demande indique que le problème est résolu. Si vous pouvez de nouveau vous connecter, écrivez `/withdraw` dans un commentaire ici pour fermer cette demande. Sinon, modifiez la demande pour expliquer ce que vous ne pouvez pas faire, et elle retournera dans la file d’attente.",
  "problem.reason-missing":
    "Le champ {field} est vide. Expliquez en une phrase ce à quoi vous n’avez plus accès : votre application de double authentification ou votre clé de sécurité, vos codes de récupération, ou votre adresse e-mail.",
  "problem.account-not-found":
    "Nous n’avons trouvé aucun compte {registry} nommé {name}. Vérifiez l’orthographe et écrivez le nom exactement comme vous l’utilisez pour vous connecter.",
  "problem.account-not-found.test":
    "Nous n’avons trouvé aucun compte {registry} nommé {name} sur l’instance de test. Vérifiez l’orthographe et écrivez le nom exactement comme vous l’utilisez pour vous connecter.",
  "problem.box-unchecked": "Cochez la case {field} (vous pouvez cliquer dessus directement dans votre demande).",
  "problem.box-unchecked.recovery-codes":
    "Cochez la case {field} (vous pouvez cliquer dessus directement dans votre demande). S’il vous reste l’un de vos codes de récupération, vous pouvez vous connecter avec et n’avez pas besoin de cette demande.",
  "secret.recovery-codes": "des codes de récupération",
  "secret.api-token": "un jeton d’API",
  "secret.totp-secret": "un secret de double authentification (TOTP)",
  "secret.password": "un mot de passe",
  "secret.email-code": "votre code à usage unique",
  "advice.recovery-codes": "Considérez ces codes de récupération comme épuisés : n’importe qui a pu les copier.",
  "advice.api-token":
    "Révoquez ce jeton d’API dès que vous pourrez vous connecter (un examinateur peut le révoquer avant), puis créez-en un nouveau.",
  "advice.totp-secret":
    "Ce secret de double authentification est compromis : une fois l’accès retrouvé, supprimez cet authentificateur et configurez-en un nouveau.",
  "advice.password": "Changez ce mot de passe, ainsi que partout où vous l’avez utilisé.",
  "advice.email-code": "Pour utiliser un code, écrivez `/code` suivi des chiffres sur une ligne à part.",
  "advice.never": "Ne publiez jamais ici de codes, de mots de passe ni de jetons : personne de ce service ne vous les demandera.",
  "audience.maintainer": "les responsables de ce service",
  "audience.requester": "la personne qui a ouvert cette demande",
  "audience.both": "les responsables de ce service ou la personne qui a ouvert cette demande",
  "notice.refused": "{command} ne peut être utilisé que par {who} ; rien n’a donc été modifié.",
  "notice.usage":
    "{command} n’a pas été exécuté, car la commande n’est pas écrite correctement (la raison exacte figure ci-dessous, en anglais).",
  "notice.hint": "La commande {written} n’existe pas. Vouliez-vous écrire {meant} ?",
  "notice.closed-case": "Cette demande est fermée : {command} n’a donc plus d’effet.",
  "notice.own-case":
    "{command} n’a pas été exécuté : personne ne peut décider de sa propre demande de récupération. Un autre responsable doit le faire.",
  "notice.verification-off":
    "La vérification n’est pas configurée sur ce service : rien n’a donc été lancé. Un administrateur doit la configurer.",
  "notice.info-request":
    "l’examinateur a besoin d’une information de votre part avant que votre demande puisse avancer :\n\n{question}\n\nMerci de répondre dans un commentaire ci-dessous.",
  "notice.email-sent":
    "un examinateur a envoyé un e-mail contenant un code à usage unique à l’adresse que {registry} a enregistrée pour ce compte. Cherchez-le dans votre boîte de réception (et dans les spams). Dès réception, écrivez ici dans un commentaire `/code` suivi des 8 chiffres, par exemple `/code 12345678`. Le code ne fonctionne qu’une seule fois, uniquement sur cette demande et uniquement pour vous.",
  "notice.challenge":
    "pour montrer que vous contrôlez {repo}, créez une branche vide nommée {branch} dans ce dépôt (par exemple {push}), puis écrivez `/done` dans un commentaire ici. Vous pourrez supprimer la branche ensuite. Cette vérification reste ouverte jusqu’au {until}.",
  "notice.code-wrong":
    "Ce code n’est pas le bon. Vérifiez l’e-mail le plus récent et réessayez ({count, plural, one {# essai restant} many {# d’essais restants} other {# essais restants}}).",
  "notice.code-expired":
    "Ce code a expiré (les codes sont valables {hours} heures). Répondez ici pour demander un nouveau code à l’examinateur.",
  "notice.code-used": "Ce code a déjà été utilisé. Rien d’autre n’est nécessaire pour la vérification par e-mail.",
  "notice.code-locked":
    "Trop de codes erronés ont été saisis : la vérification par e-mail est donc bloquée pour protéger le compte. L’examinateur décidera de la prochaine étape.",
  "notice.code-key-revoked":
    "Le code a été envoyé avec une clé d’examinateur qui a depuis été remplacée : la vérification par e-mail ne peut donc pas aboutir avec ce code. {reviewer} ou un autre examinateur relancera `/verify email` et enverra un nouveau code.",
  "factor.email": "la vérification par e-mail",
  "factor.repo": "la vérification par dépôt",
  "notice.factor-voided":
    "{reviewer} a lancé {factor}, mais ne peut plus agir sur ce dépôt : elle ne compte donc plus, et rien de ce qui a été reçu n’a été accepté. Un responsable la relancera avec {command}.",
  "notice.code-not-expected":
    "Aucun code reçu par e-mail n’est attendu sur cette demande pour le moment. L’examinateur vous préviendra lorsqu’il en enverra un.",
  "notice.challenge-not-expected": "Aucune vérification par dépôt n’est en cours sur cette demande.",
  "notice.branch-missing":
    "La branche {branch} n’a pas encore été trouvée dans {repo}. Vérifiez le nom (il doit correspondre exactement), faites un push, puis écrivez de nouveau `/done`.",
  "notice.branch-unchecked":
    "Le dépôt n’a pas pu être vérifié pour l’instant. Rien n’est perdu : il sera vérifié à nouveau automatiquement.",
  "notice.challenge-expired":
    "La vérification par le dépôt {repo} a expiré sans que la branche soit créée. L’examinateur décidera de la prochaine étape.",
  "notice.challenge-unreachable":
    "L’application ne voit plus {repo} (il est devenu privé, a été renommé ou supprimé) : cette vérification ne pourra donc jamais aboutir. L’examinateur choisira un autre moyen de vérification.",
  "notice.approve-needs-verification":
    "Cette demande n’est pas encore vérifiée : elle n’a donc pas été approuvée. Terminez d’abord la vérification, ou écrivez `/approve force <reason>` pour l’approuver malgré tout en consignant la raison.",
  "notice.verified":
    "toutes les étapes de vérification requises sont confirmées. Cette demande attend votre décision (`/approve` ou `/deny <reason>`).",
  "notice.approved":
    "votre demande de récupération a été approuvée{note}. Suivez les instructions de l’e-mail de {registry} pour retrouver l’accès à votre compte.",
  "notice.denied":
    "votre demande de récupération n’a pas pu être approuvée : {reason}. Si vous avez de nouvelles informations, répondez ici.",
  "notice.help":
    "Voici les commandes que vous ({sender}) pouvez utiliser sur cette demande ; la liste et leurs descriptions figurent ci-dessous, en anglais. Écrivez chaque commande exactement comme elle apparaît.",
  "notice.reminder":
    "cette demande attend votre réponse (voir la fiche d’état ci-dessus). Sans nouvelles de votre part d’ici {days} jours, elle sera fermée. Une réponse ici, même plus tard, la rouvrira.",
  "notice.stale-closed":
    "cette demande a été fermée, car nous n’avons pas eu de nouvelles de votre part depuis {days} jours. Si vous avez encore besoin d’aide, répondez ici dans les {reopenDays} jours et elle sera rouverte.",
  "notice.reopened":
    "la personne à l’origine de la demande a répondu : cette demande est donc rouverte, au point où elle en était avant sa fermeture.",
  "notice.reopen-too-late":
    "Cette demande a été fermée il y a plus de {days} jours : elle ne peut donc plus être rouverte. Merci d’ouvrir une nouvelle demande.",
  "notice.not-reopenable":
    "Seule une demande fermée faute de réponse, ou une demande que vous avez retirée, peut être rouverte de cette façon.",
  "notice.withdrawal.sure":
    "Vous avez demandé la fermeture de cette demande : elle est maintenant fermée. Si vous en avez de nouveau besoin, écrivez `/reopen` dans un commentaire ici dans les {days} jours.",
  "notice.withdrawal.unsure":
    "Il semble que vous puissiez de nouveau vous connecter. Si c’est le cas, écrivez `/withdraw` pour fermer cette demande. Si vous avez encore besoin d’aide, dites-le simplement ici : votre demande garde sa place dans la file d’attente.",
  "notice.reply-after-decision":
    "la personne à l’origine de la demande a répondu après le refus. La décision est maintenue, sauf si vous rouvrez la demande.",
  "notice.command-too-late":
    "GitHub n’a jamais transmis au service votre commentaire du {date} contenant {commands}, et il est trop ancien pour être appliqué maintenant. Rien n’a été fait : merci de le publier à nouveau.",
  "notice.command-before-reset":
    "{commands} a été écrit avant que la demande ne change le compte qu’elle mentionne : la commande n’a donc pas été exécutée, car elle portait sur le compte mentionné à ce moment-là. Publiez-la de nouveau si elle vaut toujours pour le compte mentionné maintenant.",
  "news.unknown": "Cette demande est dans la file d’attente, en attente d’un examinateur.",
  "news.next": "Cette demande est la prochaine dans la file d’attente : aucune demande déposée avant elle n’attend d’examinateur.",
  "news.ahead":
    "Cette demande est dans la file d’attente : {count, plural, one {# demande déposée avant elle attend} many {# de demandes déposées avant elle attendent} other {# demandes déposées avant elle attendent}} un examinateur.",
  "news.wait":
    "L’attente estimée est {count, plural, one {d’environ # semaine} many {d’environ # de semaines} other {d’environ # semaines}} (une estimation d’après le rythme récent).",
  "news.after":
    "Les demandes sont traitées dans leur ordre d’arrivée. La fiche d’état ci-dessus change dès que celle-ci avance : inutile de redemander. Les commentaires qui demandent seulement des nouvelles sont masqués pour que ce fil reste lisible ; ils ne changent pas la place de la demande.",
  "news.passer-by":
    "Si vous avez perdu l’accès à l’un de vos propres comptes, ouvrez votre propre demande. Chaque demande concerne un seul compte, et un commentaire ici n’ajoute pas la vôtre à la file d’attente.",
  "notice.too-many-commands":
    "Seules les 10 premières commandes d’un commentaire sont exécutées ; {count, plural, one {# autre a été ignorée} many {# d’autres ont été ignorées} other {# autres ont été ignorées}}.",
  "notice.board-move-refused":
    "{mover} a déplacé cette demande vers {column} sur le tableau du projet ; le service l’a remise à sa place (la raison figure ci-dessous, en anglais).",
  "notice.secret-in-comment":
    "{commenter}, votre commentaire contenait {secrets} : il a donc été supprimé, car cette page est publique. {advice}",
  "notice.address-in-comment":
    "{commenter}, votre commentaire contenait une adresse e-mail : il a donc été supprimé, car cette page est publique. Les examinateurs écrivent à l’adresse enregistrée. Merci de publier à nouveau votre commentaire sans l’adresse.",
  "part.request": "votre demande",
  "part.request-title": "le titre de votre demande",
  "part.request-both": "votre demande (son titre et son texte)",
  "part.issue": "votre issue",
  "part.issue-title": "le titre de votre issue",
  "part.issue-both": "votre issue (son titre et son texte)",
  "notice.secret-in-body":
    "{what} contenait {secrets}. Le contenu a été remplacé par `[redacted]`, mais GitHub conserve l’historique des modifications et tout le monde peut le lire : considérez-le donc comme divulgué. {advice}",
};
export default catalogue;

// German (Deutsch): "Sie", as a support desk writes to someone it does not know. The reviewer is
// "die prüfende Person": the requester does not know who it will be.
/* eslint-disable max-len -- a message stays on one line, so the languages compare line by line */
import type { Catalogue } from "../messages.js";

const catalogue: Catalogue = {
  "card.english":
    "<sub>Darunter finden Sie denselben Text auf Englisch. Wenn Sie diese Anfrage lieber nur auf Englisch möchten, kommentieren Sie hier `/english`.</sub>",
  "status.triage": "Status: in der Warteschlange, wartet auf eine prüfende Person",
  "status.needs-info.question": "Status: wartet auf Ihre Antwort (die prüfende Person hat eine Frage)",
  "status.needs-info.problems": "Status: wartet auf Ihre Antwort (einige Punkte müssen korrigiert werden)",
  "status.verifying": "Status: Prüfung, ob das Konto Ihnen gehört (wartet auf Ihre Antwort)",
  "status.verified": "Status: bestätigt, wartet auf die Entscheidung der prüfenden Person",
  "status.on-hold": "Status: pausiert",
  "status.resolved": "Status: genehmigt",
  "status.denied": "Status: abgelehnt",
  "status.duplicate": "Status: geschlossen, Sie haben bereits eine offene Anfrage",
  "status.withdrawn": "Status: zurückgezogen",
  "status.stale": "Status: geschlossen, keine Antwort erhalten",
  "status.closed": "Status: geschlossen",
  "status.closed-by": "Status: geschlossen von {login}",
  "row.account": "Konto",
  "account.named": "{username} auf {registry}",
  "account.none": "noch nicht angegeben",
  "row.reviewer": "Prüfende Person",
  "reviewer.none": "noch nicht zugewiesen",
  "row.next": "Nächster Schritt",
  "next.triage": "die prüfende Person startet die Verifizierung",
  "next.needs-info": "**Sie**: siehe unten",
  "next.verifying": "**Sie**: siehe unten",
  "next.verified": "die prüfende Person entscheidet",
  "next.on-hold": "die prüfende Person setzt die Bearbeitung fort",
  "row.queue": "Warteschlange",
  "queue.ahead":
    "{count, plural, =0 {keine Anfrage, die vor Ihrer eingereicht wurde, wartet auf eine prüfende Person} one {# Anfrage, die vor Ihrer eingereicht wurde, wartet auf eine prüfende Person} other {# Anfragen, die vor Ihrer eingereicht wurden, warten auf eine prüfende Person}}",
  "row.wait": "Voraussichtliche Wartezeit",
  "wait.weeks": "{count, plural, one {etwa # Woche} other {etwa # Wochen}} (eine Schätzung nach dem bisherigen Tempo)",
  "wait.unknown": "können wir noch nicht abschätzen",
  "body.triage.next":
    "**Wie es weitergeht:** Eine prüfende Person sieht sich Ihre Anfrage an. Danach prüft sie, ob das Konto Ihnen gehört, meist indem sie an die E-Mail-Adresse schreibt, die bei {registry} für dieses Konto hinterlegt ist. Bitte behalten Sie dieses Postfach und den Spam-Ordner im Blick.",
  "body.triage.wait":
    "**Sie müssen im Moment nichts tun.** Anfragen werden in der Reihenfolge ihres Eingangs bearbeitet; dieser Kommentar wird aktualisiert, sobald Ihre Anfrage vorankommt.",
  "body.question": "{requester}, die prüfende Person fragt:",
  "body.question.todo":
    "**Was zu tun ist:** Antworten Sie unten in einem Kommentar (oder bearbeiten Sie Ihre Anfrage). Ihre Anfrage geht weiter, sobald Sie das getan haben.",
  "body.problems": "{requester}, wir können mit Ihrer Anfrage noch nicht beginnen:",
  "body.problems.todo":
    "**Was zu tun ist:** Öffnen Sie oben in Ihrer Anfrage das Menü **⋯**, wählen Sie **Edit**, korrigieren Sie die Punkte oben und speichern Sie. Die Anfrage wird beim Speichern sofort erneut geprüft; Sie müssen keine neue eröffnen.",
  "step.email":
    "**Sehen Sie in Ihre E-Mails.** Die prüfende Person hat einen Einmalcode an die für dieses Konto hinterlegte Adresse geschickt (sehen Sie auch im Spam-Ordner nach). Sobald er da ist, kommentieren Sie `/code` gefolgt von den 8 Ziffern, zum Beispiel `/code 12345678`. Der Code funktioniert nur einmal und nur in dieser Anfrage.",
  "step.locked":
    "Es wurden zu viele falsche Codes eingegeben, daher ist die E-Mail-Prüfung gesperrt. Die prüfende Person teilt Ihnen den nächsten Schritt mit.",
  "step.repo":
    "**Legen Sie einen Branch an.** Legen Sie in {repo} einen leeren Branch namens {branch} an und kommentieren Sie dann `/done`. Das kann nur jemand, der in dieses Repository pushen darf. Möglich bis {until}.",
  "step.none": "Die prüfende Person teilt Ihnen hier den nächsten Schritt mit.",
  "body.verified":
    "Vielen Dank: Es ist bestätigt, dass das Konto Ihnen gehört. Die prüfende Person entscheidet nun und teilt es Ihnen hier mit. **Sie müssen im Moment nichts tun.**",
  "body.on-hold":
    "Die prüfende Person hat diese Anfrage pausiert. Es geht nichts verloren, und solange sie pausiert ist, läuft keine Frist.",
  "body.on-hold.reason":
    "Die prüfende Person hat diese Anfrage pausiert: {reason}. Es geht nichts verloren, und solange sie pausiert ist, läuft keine Frist.",
  "body.resolved":
    "Die prüfende Person hat die Wiederherstellung genehmigt{note}. Folgen Sie den Anweisungen in der E-Mail von {registry}, um wieder in Ihr Konto zu gelangen.",
  "body.denied": "Die prüfende Person konnte diese Wiederherstellung nicht genehmigen{note}.",
  "body.new-information": "Wenn Sie neue Informationen haben, antworten Sie bitte hier.",
  "body.duplicate":
    "Sie haben für dieses Konto bereits eine offene Anfrage: {number}. Wir haben diese hier geschlossen, damit alles an einem Ort bleibt; Ihre frühere Anfrage behält ihren Platz in der Warteschlange. Bitte machen Sie in {number} weiter (Sie können sie bearbeiten, falls dort etwas geändert werden muss).",
  "body.withdrawn":
    "Sie haben diese Anfrage geschlossen, daher wird niemand daran arbeiten. Falls das ein Versehen war, kommentieren Sie hier `/reopen`.",
  "body.withdrawn.until":
    "Sie haben diese Anfrage geschlossen, daher wird niemand daran arbeiten. Falls das ein Versehen war, kommentieren Sie hier bis {date} `/reopen`.",
  "body.stale":
    "Diese Anfrage wurde geschlossen, weil wir keine Antwort erhalten haben. Wenn Sie noch Hilfe brauchen, antworten Sie hier, dann wird sie wieder geöffnet.",
  "body.stale.until":
    "Diese Anfrage wurde geschlossen, weil wir keine Antwort erhalten haben. Wenn Sie noch Hilfe brauchen, antworten Sie hier bis {date}, dann wird sie wieder geöffnet.",
  "body.closed": "Diese Anfrage wurde geschlossen. Wenn Sie das für einen Fehler halten, antworten Sie hier und erklären Sie, warum.",
  safety:
    "⚠️ Diese Seite ist öffentlich. Veröffentlichen Sie hier niemals Wiederherstellungscodes, Passwörter, API-Tokens oder Einmalcodes; die einzige Ausnahme ist der `/code`, um den die Bestätigungs-E-Mail bittet.",
  "note.emails-removed":
    "Wir haben Ihre E-Mail-Adresse aus dieser Anfrage entfernt, weil diese Seite öffentlich ist (der Bearbeitungsverlauf von GitHub zeigt sie noch).",
  "problem.username-missing": "Das Feld {field} ist leer. Geben Sie den Benutzernamen an, mit dem Sie sich bei {registry} anmelden.",
  "problem.username-unknown":
    "Das Feld {field} enthält keinen Benutzernamen. Geben Sie den Namen an, mit dem Sie sich bei {registry} anmelden. Die E-Mails, die {registry} Ihnen geschickt hat, nennen Ihr Konto. Wenn Sie ihn nicht finden, schreiben Sie das in die Begründung; die prüfende Person sagt Ihnen dann, was zu tun ist.",
  "problem.username-email":
    "Das Feld {field} enthält eine E-Mail-Adresse. Ersetzen Sie sie durch Ihren Benutzernamen bei {registry}, also den Namen, mit dem Sie sich anmelden; Ihre E-Mail-Adresse brauchen wir hier nie.",
  "problem.username-secret":
    "Das Feld {field} enthielt etwas, das wie {secret} aussieht; wir haben es aus Ihrer Anfrage entfernt, weil diese Seite öffentlich ist. Bearbeiten Sie das Feld so, dass es nur Ihren Benutzernamen bei {registry} enthält.",
  "problem.username-several":
    "Das Feld {field} nennt mehr als ein Konto ({names}). Lassen Sie nur eines stehen und eröffnen Sie für jedes weitere eine eigene Anfrage.",
  "problem.username-invalid":
    "{name} kann kein Benutzername bei {registry} sein. Benutzernamen enthalten nur {rules}. Prüfen Sie die Schreibweise und geben Sie nur den Benutzernamen an.",
  "rules.pypi":
    "Buchstaben, Ziffern, Punkte, Unterstriche und Bindestriche, beginnen und enden mit einem Buchstaben oder einer Ziffer und sind höchstens 50 Zeichen lang",
  "rules.github":
    "Buchstaben, Ziffern und einzelne Bindestriche, beginnen und enden nicht mit einem Bindestrich und sind höchstens 39 Zeichen lang",
  "rules.lenient": "ein einziges Wort ohne Leerzeichen und ohne „@“, höchstens 100 Zeichen lang",
  "problem.reason-unclear":
    "Das Feld {field} sagt nicht, was passiert ist. Erklären Sie in einem Satz, worauf Sie keinen Zugriff mehr haben: Ihre Zwei-Faktor-App oder Ihren Sicherheitsschlüssel, Ihre Wiederherstellungscodes oder Ihre E-Mail-Adresse.",
  "problem.says-solved":
    "In Ihrer Anfrage steht, dass das Problem gelöst ist. Wenn Sie sich wieder anmelden können, kommentieren Sie hier `/withdraw`, um diese Anfrage zu schließen. Wenn nicht, bearbeiten Sie die Anfrage und erklären Sie, was Sie nicht tun können; dann kommt sie zurück in die Warteschlange.",
  "problem.reason-missing":
    "Das Feld {field} ist leer. Erklären Sie in einem Satz, worauf Sie keinen Zugriff mehr haben: Ihre Zwei-Faktor-App oder Ihren Sicherheitsschlüssel, Ihre Wiederherstellungscodes oder Ihre E-Mail-Adresse.",
  "problem.account-not-found":
    "Wir haben kein Konto bei {registry} mit dem Namen {name} gefunden. Prüfen Sie die Schreibweise und geben Sie den Namen genau so an, wie Sie ihn zum Anmelden verwenden.",
  "problem.account-not-found.test":
    "Wir haben auf der Testinstanz kein Konto bei {registry} mit dem Namen {name} gefunden. Prüfen Sie die Schreibweise und geben Sie den Namen genau so an, wie Sie ihn zum Anmelden verwenden.",
  "problem.box-unchecked": "Setzen Sie das Häkchen bei {field} (Sie können es direkt in Ihrer Anfrage anklicken).",
  "problem.box-unchecked.recovery-codes":
    "Setzen Sie das Häkchen bei {field} (Sie können es direkt in Ihrer Anfrage anklicken). Wenn Sie noch einen Ihrer Wiederherstellungscodes haben, können Sie sich damit anmelden und brauchen diese Anfrage nicht.",
  "secret.recovery-codes": "Wiederherstellungscodes",
  "secret.api-token": "ein API-Token",
  "secret.totp-secret": "ein Zwei-Faktor-Geheimnis (TOTP)",
  "secret.password": "ein Passwort",
  "secret.email-code": "Ihr Einmalcode",
  "advice.recovery-codes": "Betrachten Sie diese Wiederherstellungscodes als verbraucht: Jeder könnte sie kopiert haben.",
  "advice.api-token":
    "Widerrufen Sie dieses API-Token, sobald Sie sich anmelden können (eine prüfende Person kann es schon vorher widerrufen), und erstellen Sie ein neues.",
  "advice.totp-secret":
    "Dieses Zwei-Faktor-Geheimnis ist kompromittiert: Sobald Sie wieder Zugang haben, entfernen Sie diesen Authenticator und richten Sie einen neuen ein.",
  "advice.password": "Ändern Sie dieses Passwort, auch überall sonst, wo Sie es verwendet haben.",
  "advice.email-code": "Um einen Code zu verwenden, kommentieren Sie `/code` gefolgt von den Ziffern in einer eigenen Zeile.",
  "advice.never": "Veröffentlichen Sie hier niemals Codes, Passwörter oder Tokens: Niemand von diesem Dienst wird Sie danach fragen.",
  "audience.maintainer": "den Verantwortlichen dieses Dienstes",
  "audience.requester": "der Person, die diese Anfrage eröffnet hat",
  "audience.both": "den Verantwortlichen dieses Dienstes oder der Person, die diese Anfrage eröffnet hat",
  "notice.refused": "{command} kann nur von {who} verwendet werden, daher wurde nichts geändert.",
  "notice.usage":
    "{command} wurde nicht ausgeführt, weil der Befehl nicht richtig geschrieben ist (der genaue Grund steht unten auf Englisch).",
  "notice.hint": "Den Befehl {written} gibt es nicht. Meinten Sie {meant}?",
  "notice.closed-case": "Diese Anfrage ist geschlossen, daher hat {command} keine Wirkung mehr.",
  "notice.own-case":
    "{command} wurde nicht ausgeführt: Niemand darf über die eigene Wiederherstellungsanfrage entscheiden. Das muss eine andere verantwortliche Person tun.",
  "notice.verification-off":
    "Die Verifizierung ist bei diesem Dienst nicht eingerichtet, daher wurde nichts gestartet. Eine Administratorin oder ein Administrator muss sie einrichten.",
  "notice.info-request":
    "die prüfende Person braucht noch etwas von Ihnen, bevor Ihre Anfrage weitergehen kann:\n\n{question}\n\nBitte antworten Sie unten in einem Kommentar.",
  "notice.email-sent":
    "eine prüfende Person hat eine E-Mail mit einem Einmalcode an die Adresse geschickt, die bei {registry} für dieses Konto hinterlegt ist. Sehen Sie in Ihrem Posteingang (und im Spam-Ordner) nach. Sobald sie da ist, kommentieren Sie hier `/code` gefolgt von den 8 Ziffern, zum Beispiel `/code 12345678`. Der Code funktioniert nur einmal, nur in dieser Anfrage und nur für Sie.",
  "notice.challenge":
    "um zu zeigen, dass Sie {repo} kontrollieren, legen Sie bitte in diesem Repository einen leeren Branch namens {branch} an (zum Beispiel mit {push}) und kommentieren Sie dann hier `/done`. Den Branch können Sie danach wieder löschen. Diese Prüfung ist bis {until} möglich.",
  "notice.code-wrong":
    "Dieser Code ist nicht richtig. Bitte sehen Sie in der neuesten E-Mail nach und versuchen Sie es noch einmal ({count, plural, one {noch # Versuch} other {noch # Versuche}}).",
  "notice.code-expired":
    "Dieser Code ist abgelaufen (Codes gelten {hours} Stunden). Bitte antworten Sie hier, um die prüfende Person um einen neuen zu bitten.",
  "notice.code-used": "Dieser Code wurde bereits verwendet. Für die E-Mail-Prüfung ist nichts weiter nötig.",
  "notice.code-locked":
    "Es wurden zu viele falsche Codes eingegeben, daher ist die E-Mail-Prüfung zum Schutz des Kontos gesperrt. Die prüfende Person entscheidet über den nächsten Schritt.",
  "notice.code-key-revoked":
    "Der Code wurde mit einem Schlüssel einer prüfenden Person verschickt, der inzwischen ersetzt wurde, daher kann die E-Mail-Prüfung damit nicht abgeschlossen werden. {reviewer} oder eine andere prüfende Person führt `/verify email` erneut aus und schickt einen neuen Code.",
  "factor.email": "die E-Mail-Prüfung",
  "factor.repo": "die Repository-Prüfung",
  "notice.factor-voided":
    "{reviewer} hat {factor} gestartet, kann in diesem Repository aber nicht mehr handeln; sie zählt daher nicht mehr, und nichts, was dafür eingegangen ist, wurde angenommen. Eine verantwortliche Person startet sie mit {command} neu.",
  "notice.code-not-expected":
    "Für diese Anfrage wird gerade kein E-Mail-Code erwartet. Die prüfende Person sagt Bescheid, wenn sie einen verschickt.",
  "notice.challenge-not-expected": "Für diese Anfrage ist keine Repository-Prüfung offen.",
  "notice.branch-missing":
    "Der Branch {branch} wurde in {repo} noch nicht gefunden. Prüfen Sie den Namen (er muss genau übereinstimmen), pushen Sie ihn und kommentieren Sie erneut `/done`.",
  "notice.branch-unchecked":
    "Das Repository konnte gerade nicht geprüft werden. Es geht nichts verloren: Es wird automatisch erneut geprüft.",
  "notice.challenge-expired":
    "Die Repository-Prüfung für {repo} ist abgelaufen, ohne dass der Branch angelegt wurde. Die prüfende Person entscheidet über den nächsten Schritt.",
  "notice.challenge-unreachable":
    "Die App kann {repo} nicht mehr sehen (es wurde privat gemacht, umbenannt oder gelöscht), daher kann diese Prüfung nie abgeschlossen werden. Die prüfende Person wählt einen anderen Weg der Verifizierung.",
  "notice.approve-needs-verification":
    "Diese Anfrage ist noch nicht verifiziert, daher wurde sie nicht genehmigt. Schließen Sie zuerst die Verifizierung ab, oder schreiben Sie `/approve force <reason>`, um sie trotzdem mit einer festgehaltenen Begründung zu genehmigen.",
  "notice.verified":
    "alle erforderlichen Verifizierungsschritte sind bestätigt. Diese Anfrage ist bereit für Ihre Entscheidung (`/approve` oder `/deny <reason>`).",
  "notice.approved":
    "Ihre Wiederherstellungsanfrage wurde genehmigt{note}. Folgen Sie den Anweisungen in der E-Mail von {registry}, um wieder in Ihr Konto zu gelangen.",
  "notice.denied":
    "Ihre Wiederherstellungsanfrage konnte nicht genehmigt werden: {reason}. Wenn Sie neue Informationen haben, antworten Sie bitte hier.",
  "notice.help":
    "Dies sind die Befehle, die Sie ({sender}) in dieser Anfrage verwenden können; die Liste mit den Beschreibungen steht unten auf Englisch. Schreiben Sie jeden Befehl genau so, wie er dort steht.",
  "notice.reminder":
    "diese Anfrage wartet auf Sie (siehe die Statuskarte oben). Wenn wir innerhalb von {days} Tagen nichts von Ihnen hören, wird sie geschlossen. Eine spätere Antwort hier öffnet sie wieder.",
  "notice.stale-closed":
    "diese Anfrage wurde geschlossen, weil wir seit {days} Tagen nichts von Ihnen gehört haben. Wenn Sie noch Hilfe brauchen, antworten Sie hier innerhalb von {reopenDays} Tagen, dann wird sie wieder geöffnet.",
  "notice.reopened":
    "die antragstellende Person hat geantwortet, daher ist diese Anfrage wieder offen, und zwar an derselben Stelle wie vor dem Schließen.",
  "notice.reopen-too-late":
    "Diese Anfrage wurde vor mehr als {days} Tagen geschlossen und kann daher nicht wieder geöffnet werden. Bitte eröffnen Sie eine neue Anfrage.",
  "notice.not-reopenable":
    "Nur eine Anfrage, die mangels Antwort geschlossen wurde, oder eine, die Sie zurückgezogen haben, kann auf diese Weise wieder geöffnet werden.",
  "notice.withdrawal.sure":
    "Sie haben darum gebeten, diese Anfrage zu schließen; sie ist jetzt geschlossen. Wenn Sie sie wieder brauchen, kommentieren Sie hier innerhalb von {days} Tagen `/reopen`.",
  "notice.withdrawal.unsure":
    "Es klingt so, als könnten Sie sich wieder anmelden. Falls ja, kommentieren Sie `/withdraw`, um diese Anfrage zu schließen. Wenn Sie noch Hilfe brauchen, sagen Sie es einfach hier: Ihre Anfrage behält ihren Platz in der Warteschlange.",
  "notice.reply-after-decision":
    "die antragstellende Person hat nach der Ablehnung geantwortet. Die Entscheidung bleibt bestehen, es sei denn, Sie öffnen die Anfrage wieder.",
  "notice.command-too-late":
    "GitHub hat Ihren Kommentar vom {date} mit {commands} nie an den Dienst zugestellt, und er ist jetzt zu alt, um noch angewendet zu werden. Es wurde nichts getan: Bitte veröffentlichen Sie ihn erneut.",
  "notice.command-before-reset":
    "{commands} wurde geschrieben, bevor die Anfrage das genannte Konto geändert hat, und wurde daher nicht ausgeführt: Es bezog sich auf das damals genannte Konto. Veröffentlichen Sie es erneut, wenn es für das jetzt genannte Konto weiterhin gilt.",
  "news.unknown": "Diese Anfrage ist in der Warteschlange und wartet auf eine prüfende Person.",
  "news.next": "Diese Anfrage ist als Nächste in der Warteschlange: Keine früher eingereichte Anfrage wartet auf eine prüfende Person.",
  "news.ahead":
    "Diese Anfrage ist in der Warteschlange: {count, plural, one {# früher eingereichte Anfrage wartet} other {# früher eingereichte Anfragen warten}} auf eine prüfende Person.",
  "news.wait":
    "Die voraussichtliche Wartezeit beträgt {count, plural, one {etwa # Woche} other {etwa # Wochen}} (eine Schätzung nach dem bisherigen Tempo).",
  "news.after":
    "Anfragen werden in der Reihenfolge ihres Eingangs bearbeitet. Die Statuskarte oben ändert sich, sobald diese Anfrage vorankommt, Sie müssen also nicht erneut nachfragen. Kommentare, die nur nach dem Stand fragen, werden ausgeblendet, damit dieser Verlauf lesbar bleibt; sie ändern nichts am Platz der Anfrage.",
  "news.passer-by":
    "Wenn Sie den Zugang zu einem eigenen Konto verloren haben, eröffnen Sie bitte eine eigene Anfrage. Jede Anfrage betrifft genau ein Konto, und ein Kommentar hier fügt Ihres nicht der Warteschlange hinzu.",
  "notice.too-many-commands":
    "Nur die ersten 10 Befehle eines Kommentars werden ausgeführt; {count, plural, one {# weiterer wurde ignoriert} other {# weitere wurden ignoriert}}.",
  "notice.board-move-refused":
    "{mover} hat diese Anfrage auf dem Projektboard nach {column} verschoben; der Dienst hat sie zurückgesetzt (der Grund steht unten auf Englisch).",
  "notice.secret-in-comment":
    "{commenter}, Ihr Kommentar enthielt Folgendes und wurde daher gelöscht, denn diese Seite ist öffentlich: {secrets}. {advice}",
  "notice.address-in-comment":
    "{commenter}, Ihr Kommentar enthielt eine E-Mail-Adresse und wurde daher gelöscht: Diese Seite ist öffentlich. Die prüfenden Personen schreiben an die hinterlegte Adresse. Bitte veröffentlichen Sie Ihren Kommentar ohne die Adresse erneut.",
  "part.request": "Ihre Anfrage",
  "part.request-title": "der Titel Ihrer Anfrage",
  "part.request-both": "Ihre Anfrage (Titel und Text)",
  "part.issue": "Ihr Issue",
  "part.issue-title": "der Titel Ihres Issues",
  "part.issue-both": "Ihr Issue (Titel und Text)",
  "notice.secret-in-body":
    "{what} enthielt Folgendes: {secrets}. Das wurde durch `[redacted]` ersetzt, aber GitHub bewahrt den Bearbeitungsverlauf auf, und jeder kann ihn lesen; betrachten Sie es daher als offengelegt. {advice}",
};
export default catalogue;

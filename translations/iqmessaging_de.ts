<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QCoreApplication::Text</name>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an IQ Messaging database (its header is not SQLite&apos;s); the file was left as it is.</source>
        <translation>%1 ist keine IQ-Messaging-Datenbank (der Dateikopf ist nicht der von SQLite); die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2); the file was left as it is. Restore it from a backup or choose another profile.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (%2); die Datei wurde nicht verändert. Stellen Sie sie aus einer Sicherung wieder her oder wählen Sie ein anderes Profil.</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema cannot be read (%2); the file was left as it is.</source>
        <translation>%1 ist beschädigt: Das Schema kann nicht gelesen werden (%2); die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of IQ Messaging (schema %2; this version reads up to %3). Update the application; the file was left as it is.</source>
        <translation>%1 wurde von einer neueren Version von IQ Messaging geschrieben (Schema %2; diese Version liest bis %3). Aktualisieren Sie die Anwendung; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 fehlt in dieser Version.</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Transaktion starten</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>The SQLite driver gave no native handle.</source>
        <translation>Der SQLite-Treiber hat kein natives Handle geliefert.</translation>
    </message>
    <message>
        <source>%1: the disk is full (no space left for the profile&apos;s database). Free some space and try again.</source>
        <translation>%1: Der Datenträger ist voll (kein Platz mehr für die Datenbank des Profils). Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: the disk could not be written or read (%2). Check the disk and try again.</source>
        <translation>%1: Der Datenträger konnte nicht beschrieben oder gelesen werden (%2). Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: the SQLite driver gave no native handle.</source>
        <translation>%1: Der SQLite-Treiber hat kein natives Handle geliefert.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation>Der Zugriff auf %1 kann nicht eingeschränkt werden: %2</translation>
    </message>
    <message>
        <source>%1 was not upgraded: a copy of it could not be written first (%2). The file was left as it is.</source>
        <translation>%1 wurde nicht aktualisiert: Vorher konnte keine Kopie davon geschrieben werden (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was not upgraded: its copy could not be named %2. The file was left as it is.</source>
        <translation>%1 wurde nicht aktualisiert: Die Kopie konnte nicht %2 genannt werden. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3. The profile was left as it was.</source>
        <translation>Die Aktualisierung von %1 auf Schema %2 ist fehlgeschlagen: %3. Das Profil wurde nicht verändert.</translation>
    </message>
    <message>
        <source>A copy from before the upgrade is in %1.</source>
        <translation>Eine Kopie vom Stand vor der Aktualisierung liegt in %1.</translation>
    </message>
    <message>
        <source>Writing the profile</source>
        <translation>Schreiben des Profils</translation>
    </message>
</context>
<context>
    <name>QWizardPage</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>%1 to create</source>
        <translation>%1 neu anzulegen</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>%1 to update</source>
        <translation>%1 zu aktualisieren</translation>
    </message>
    <message>
        <source>%1 already up to date</source>
        <translation>%1 bereits aktuell</translation>
    </message>
    <message>
        <source>%1 already in your contacts, skipped</source>
        <translation>%1 bereits in Ihren Kontakten, übersprungen</translation>
    </message>
    <message>
        <source>%1 repeated in the file</source>
        <translation>%1 doppelt in der Datei</translation>
    </message>
    <message>
        <source>%1 invalid</source>
        <translation>%1 ungültig</translation>
    </message>
</context>
<context>
    <name>iq::AccountDialog</name>
    <message>
        <source>Create an account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Create an account to sync this profile with your other computers. What you have here is uploaded.</source>
        <translation>Erstellen Sie ein Konto, um dieses Profil mit Ihren anderen Computern zu synchronisieren. Was Sie hier haben, wird hochgeladen.</translation>
    </message>
    <message>
        <source>Sign in to sync this profile. What you have here is uploaded, and what the account has arrives.</source>
        <translation>Melden Sie sich an, um dieses Profil zu synchronisieren. Was Sie hier haben, wird hochgeladen, und was im Konto liegt, kommt hierher.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>owner@shop.example</source>
        <translation>inhaber@laden.example</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Your name or your business&apos;s</source>
        <translation>Ihr Name oder der Ihres Geschäfts</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Enter the account&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Kontos ein.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>Enter your name or your business&apos;s.</source>
        <translation>Geben Sie Ihren Namen oder den Ihres Geschäfts ein.</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Verbindung zum Server…</translation>
    </message>
</context>
<context>
    <name>iq::AccountService</name>
    <message>
        <source>This profile syncs with %1; use another profile for %2.</source>
        <translation>Dieses Profil wird mit %1 synchronisiert; verwenden Sie für %2 ein anderes Profil.</translation>
    </message>
    <message>
        <source>This profile is not signed in to any account.</source>
        <translation>Dieses Profil ist bei keinem Konto angemeldet.</translation>
    </message>
    <message>
        <source>This profile is not connected to an account; sign in to sync.</source>
        <translation>Dieses Profil ist mit keinem Konto verbunden; melden Sie sich an, um zu synchronisieren.</translation>
    </message>
    <message>
        <source>You are signed out of %1. Sign in to sync.</source>
        <translation>Sie sind von %1 abgemeldet. Melden Sie sich an, um zu synchronisieren.</translation>
    </message>
</context>
<context>
    <name>iq::AccountsIndex</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The list of accounts %1 is damaged (byte %2); move it away and sign in again.</source>
        <translation>Die Kontenliste %1 ist beschädigt (Byte %2); verschieben Sie sie und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>iq::AddToGroupDialog</name>
    <message>
        <source>Add to group</source>
        <translation>Zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Consent of new members</source>
        <translation>Einwilligung neuer Mitglieder</translation>
    </message>
    <message>
        <source>Source of the consent</source>
        <translation>Herkunft der Einwilligung</translation>
    </message>
    <message>
        <source>Required when opting in</source>
        <translation>Bei Einwilligung erforderlich</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to a group. Members keep the consent they already have there; a name that is not a group yet creates it.</source>
        <translation>
            <numerusform>%n Kontakt einer Gruppe hinzufügen. Mitglieder behalten ihre dortige Einwilligung; ein Name, der noch keine Gruppe ist, legt sie an.</numerusform>
            <numerusform>%n Kontakte einer Gruppe hinzufügen. Mitglieder behalten ihre dortige Einwilligung; ein Name, der noch keine Gruppe ist, legt sie an.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Einwilligung:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Herkunft:</translation>
    </message>
</context>
<context>
    <name>iq::AudienceSummarizer</name>
    <message>
        <source>The audience summary was cancelled.</source>
        <translation>Die Übersicht der Empfänger wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>iq::CallLogModel</name>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <source>Campaign call</source>
        <translation>Kampagnenanruf</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Left on voicemail</source>
        <translation>Auf der Mailbox hinterlassen</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nicht angenommen</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
</context>
<context>
    <name>iq::CampaignActions</name>
    <message>
        <source>%1 needs the server, which cannot be reached: %2</source>
        <translation>%1 braucht den Server, der nicht erreichbar ist: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-12-24T09:30 or 2026-12-24T09:30:00+01:00.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit wie 2026-12-24T09:30 oder 2026-12-24T09:30:00+01:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone such as Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a snippet; choose a message template.</source>
        <translation>„%1“ ist ein Baustein; wählen Sie eine Nachrichtenvorlage.</translation>
    </message>
    <message>
        <source>The time to send, %1, has passed.</source>
        <translation>Der Sendezeitpunkt %1 ist vorbei.</translation>
    </message>
    <message>
        <source>This profile is not signed in to a server.</source>
        <translation>Dieses Profil ist bei keinem Server angemeldet.</translation>
    </message>
    <message>
        <source>This profile is not signed in to a server; sign in to send campaigns.</source>
        <translation>Dieses Profil ist bei keinem Server angemeldet; melden Sie sich an, um Kampagnen zu senden.</translation>
    </message>
    <message>
        <source>The time to send has passed; choose a new time or send now.</source>
        <translation>Der Sendezeitpunkt ist vorbei; wählen Sie einen neuen oder senden Sie jetzt.</translation>
    </message>
    <message>
        <source>Pausing a campaign</source>
        <translation>Das Anhalten einer Kampagne</translation>
    </message>
    <message>
        <source>Resuming a campaign</source>
        <translation>Das Fortsetzen einer Kampagne</translation>
    </message>
    <message>
        <source>Cancelling a campaign</source>
        <translation>Das Abbrechen einer Kampagne</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; is %2 and cannot be %3.</source>
        <translation>Kampagne „%1“ ist %2 und kann nicht %3 werden.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>iq::CampaignApi</name>
    <message>
        <source>The server&apos;s answer is not a campaign (HTTP %1).</source>
        <translation>Die Antwort des Servers ist keine Kampagne (HTTP %1).</translation>
    </message>
    <message>
        <source>No send of campaign %1 is waiting.</source>
        <translation>Für Kampagne %1 wartet kein Versand.</translation>
    </message>
</context>
<context>
    <name>iq::CampaignAudienceReader</name>
    <message>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>There is no group with the id &quot;%1&quot;.</source>
        <translation>Es gibt keine Gruppe mit der ID „%1“.</translation>
    </message>
    <message>
        <source>Reading the audience</source>
        <translation>Lesen der Empfänger</translation>
    </message>
</context>
<context>
    <name>iq::CampaignEditor</name>
    <message>
        <source>Campaign name</source>
        <translation>Name der Kampagne</translation>
    </message>
    <message>
        <source>Spring sale, appointment reminder…</source>
        <translation>Frühjahrsaktion, Terminerinnerung…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Art der Nachricht</translation>
    </message>
    <message>
        <source>Marketing: needs consent, waits for quiet hours to end</source>
        <translation>Werbung: braucht eine Einwilligung, wartet das Ende der Ruhezeiten ab</translation>
    </message>
    <message>
        <source>Transactional: reminders and notices, sent at once</source>
        <translation>Transaktional: Erinnerungen und Hinweise, sofort gesendet</translation>
    </message>
    <message>
        <source>Saved template</source>
        <translation>Gespeicherte Vorlage</translation>
    </message>
    <message>
        <source>Subj&amp;ect:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>Betreff der E-Mail</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, …  Fields in double braces are filled in for each person.</source>
        <translation>Hallo {{first_name}}, …  Felder in doppelten geschweiften Klammern werden für jede Person ausgefüllt.</translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation>Länge der Nachricht</translation>
    </message>
    <message>
        <source>Groups to send to</source>
        <translation>Gruppen, an die gesendet wird</translation>
    </message>
    <message>
        <source>Groups to leave out</source>
        <translation>Auszuschließende Gruppen</translation>
    </message>
    <message>
        <source>Single contacts</source>
        <translation>Einzelne Kontakte</translation>
    </message>
    <message>
        <source>Send &amp;later, at:</source>
        <translation>&amp;Später senden, am:</translation>
    </message>
    <message>
        <source>Schedule for later</source>
        <translation>Für später planen</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Sendezeitpunkt</translation>
    </message>
    <message>
        <source>Time zone of the schedule</source>
        <translation>Zeitzone des Sendezeitpunkts</translation>
    </message>
    <message>
        <source>Send to the mem&amp;bers of:</source>
        <translation>An die &amp;Mitglieder von:</translation>
    </message>
    <message>
        <source>But n&amp;ot to the members of:</source>
        <translation>Aber n&amp;icht an die Mitglieder von:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message numerus="yes">
        <source>And %n single contact(s).</source>
        <translation>
            <numerusform>Und %n einzelner Kontakt.</numerusform>
            <numerusform>Und %n einzelne Kontakte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n Mitglied)</numerusform>
            <numerusform>%1 (%n Mitglieder)</numerusform>
        </translation>
    </message>
    <message>
        <source>New text (no template)</source>
        <translation>Neuer Text (ohne Vorlage)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 characters, %n SMS segment(s) before personalization (%2); the pre-flight counts each person&apos;s.</source>
        <translation>
            <numerusform>%1 Zeichen, %n SMS-Segment vor der Personalisierung (%2); die Vorabprüfung zählt die Segmente jeder Person.</numerusform>
            <numerusform>%1 Zeichen, %n SMS-Segmente vor der Personalisierung (%2); die Vorabprüfung zählt die Segmente jeder Person.</numerusform>
        </translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
</context>
<context>
    <name>iq::CampaignListModel</name>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Wartet auf Verbindung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>iq::CampaignPreflight</name>
    <message>
        <source>There is no contact with the id &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kontakt mit der ID „%1“.</translation>
    </message>
    <message>
        <source>The campaign&apos;s text cannot be used: %1</source>
        <translation>Der Text der Kampagne ist nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>iq::CampaignReportModel</name>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation>Nicht zustellbar</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Noch ausstehend</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Opted out since</source>
        <translation>Seitdem abgemeldet</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
</context>
<context>
    <name>iq::CampaignReportPanel</name>
    <message>
        <source>Campaign report summary</source>
        <translation>Zusammenfassung des Kampagnenberichts</translation>
    </message>
    <message>
        <source>Campaign figures</source>
        <translation>Kennzahlen der Kampagne</translation>
    </message>
    <message>
        <source>Double-click a figure to list its messages</source>
        <translation>Doppelklicken Sie auf eine Kennzahl, um ihre Nachrichten aufzulisten</translation>
    </message>
    <message>
        <source>Deliveries over time</source>
        <translation>Zustellungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Status breakdown</source>
        <translation>Aufteilung nach Status</translation>
    </message>
    <message>
        <source>Failures by reason</source>
        <translation>Fehlschläge nach Grund</translation>
    </message>
    <message>
        <source>Choose a campaign to see its report.</source>
        <translation>Wählen Sie eine Kampagne, um ihren Bericht zu sehen.</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet am %1</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <source>%1, %2: %3. Opt-outs and replies are counted from the send on, their rates of the messages delivered.</source>
        <translation>%1, %2: %3. Abmeldungen und Antworten werden ab dem Versand gezählt, ihre Quoten bezogen auf die zugestellten Nachrichten.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed or undeliverable</source>
        <translation>Fehlgeschlagen oder nicht zustellbar</translation>
    </message>
    <message>
        <source>No message has been delivered or has failed yet.</source>
        <translation>Noch keine Nachricht wurde zugestellt oder ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages delivered and failed from %1 to %2, in intervals of %3: %4 delivered and %5 failed. The most deliveries, %6, came in the interval from %7.</source>
        <translation>Zugestellte und fehlgeschlagene Nachrichten von %1 bis %2 in Intervallen (je %3): %4 zugestellt und %5 fehlgeschlagen. Die meisten Zustellungen, %6, kamen im Intervall ab %7.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Keine Nachrichten.</translation>
    </message>
    <message numerus="yes">
        <source>Status breakdown of %n message(s): </source>
        <translation>
            <numerusform>Aufteilung nach Status von %n Nachricht: </numerusform>
            <numerusform>Aufteilung nach Status von %n Nachrichten: </numerusform>
        </translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>kein Code</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <source>No message failed.</source>
        <translation>Keine Nachricht ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Failures by reason: %1.</source>
        <translation>Fehlschläge nach Grund: %1.</translation>
    </message>
</context>
<context>
    <name>iq::CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Eine Kampagne braucht einen Namen.</translation>
    </message>
    <message>
        <source>A campaign needs an audience: at least one group or contact.</source>
        <translation>Eine Kampagne braucht Empfänger: mindestens eine Gruppe oder einen Kontakt.</translation>
    </message>
    <message>
        <source>A campaign needs a text or a template.</source>
        <translation>Eine Kampagne braucht einen Text oder eine Vorlage.</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; has been sent and can no longer be edited here; pause or cancel it instead.</source>
        <translation>Kampagne „%1“ wurde gesendet und kann hier nicht mehr bearbeitet werden; halten Sie sie stattdessen an oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>There is no campaign with the id &quot;%1&quot;.</source>
        <translation>Es gibt keine Kampagne mit der ID „%1“.</translation>
    </message>
    <message>
        <source>The server&apos;s answer for campaign %1 cannot be stored: %2</source>
        <translation>Die Antwort des Servers zu Kampagne %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Campaign %1 already has another send key.</source>
        <translation>Kampagne %1 hat schon einen anderen Sendeschlüssel.</translation>
    </message>
</context>
<context>
    <name>iq::CampaignsPage</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation>Wegen Ruhezeiten zurückgehalten</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation>Nicht zustellbar</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Ne&amp;w campaign</source>
        <translation>Neue &amp;Kampagne</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>Campaign status</source>
        <translation>Status der Kampagne</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Cancel the campaign?</source>
        <translation>Kampagne abbrechen?</translation>
    </message>
    <message>
        <source>Messages not sent yet will not be sent. Messages already sent stay sent.</source>
        <translation>Noch nicht gesendete Nachrichten werden nicht mehr gesendet. Bereits gesendete Nachrichten bleiben gesendet.</translation>
    </message>
    <message>
        <source>The campaign changed: press Pre-flight to check it again.</source>
        <translation>Die Kampagne hat sich geändert: Klicken Sie auf „Vorabprüfung“, um sie erneut zu prüfen.</translation>
    </message>
    <message>
        <source>No campaigns yet. A campaign sends one message to the groups you choose, now or at a time you set, and checks first who will get it.</source>
        <translation>Noch keine Kampagnen. Eine Kampagne sendet eine Nachricht an die Gruppen, die Sie auswählen – sofort oder zu einem von Ihnen festgelegten Zeitpunkt –, und prüft vorher, wer sie erhält.</translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation>Kampagne anlegen</translation>
    </message>
    <message>
        <source>Delivery summary</source>
        <translation>Übersicht der Zustellung</translation>
    </message>
    <message>
        <source>Messages of the campaign</source>
        <translation>Nachrichten der Kampagne</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the delivery</source>
        <translation>Zustellung aktualisieren</translation>
    </message>
    <message>
        <source>Campaign details</source>
        <translation>Details der Kampagne</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;Pre-flight</source>
        <translation>&amp;Vorabprüfung</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Zustellung</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Pre-&amp;flight</source>
        <translation>Vorab&amp;prüfung</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Sen&amp;d…</source>
        <translation>Sen&amp;den…</translation>
    </message>
    <message>
        <source>Send or schedule</source>
        <translation>Senden oder planen</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel campaign</source>
        <translation>Kampagne a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Kampagne abbrechen</translation>
    </message>
    <message>
        <source>Create a campaign to check who will get it.</source>
        <translation>Legen Sie eine Kampagne an, um zu prüfen, wer sie erhält.</translation>
    </message>
    <message>
        <source>Press Pre-flight to see who gets what before anything is sent.</source>
        <translation>Klicken Sie auf „Vorabprüfung“, um vor dem Senden zu sehen, wer was erhält.</translation>
    </message>
    <message>
        <source>Press Pre-flight to see who this campaign is for on this computer&apos;s records.</source>
        <translation>Klicken Sie auf „Vorabprüfung“, um anhand der Daten auf diesem Computer zu sehen, an wen diese Kampagne geht.</translation>
    </message>
    <message>
        <source>Sche&amp;dule…</source>
        <translation>P&amp;lanen…</translation>
    </message>
    <message>
        <source>New campaign %1</source>
        <translation>Neue Kampagne %1</translation>
    </message>
    <message>
        <source>Write the message, choose the groups, then press Pre-flight.</source>
        <translation>Schreiben Sie die Nachricht, wählen Sie die Gruppen und klicken Sie dann auf „Vorabprüfung“.</translation>
    </message>
    <message>
        <source>Choose at least one group to send to.</source>
        <translation>Wählen Sie mindestens eine Gruppe als Empfänger.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Schreiben Sie zuerst die Nachricht.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will get it.</source>
        <translation>
            <numerusform>%n Person erhält sie.</numerusform>
            <numerusform>%n Personen erhalten sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the pre-flight first to see who will get it.</source>
        <translation>Führen Sie zuerst die Vorabprüfung aus, um zu sehen, wer sie erhält.</translation>
    </message>
    <message>
        <source>It goes out on %1.</source>
        <translation>Sie wird am %1 gesendet.</translation>
    </message>
    <message>
        <source>It goes out now.</source>
        <translation>Sie wird jetzt gesendet.</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot;?</source>
        <translation>„%1“ senden?</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits for a connection and goes out as soon as the server can be reached: %2</source>
        <translation>„%1“ wartet auf eine Verbindung und wird gesendet, sobald der Server erreichbar ist: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was handed to the server.</source>
        <translation>„%1“ wurde an den Server übergeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now: %2</source>
        <translation>„%1“ ist jetzt: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Noch keine Nachrichten.</translation>
    </message>
    <message>
        <source>(As of the last sync: %1)</source>
        <translation>(Stand der letzten Synchronisierung: %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(not on this device)</source>
        <translation>(nicht auf diesem Gerät)</translation>
    </message>
</context>
<context>
    <name>iq::ColumnMapping</name>
    <message>
        <source>Google Contacts</source>
        <translation>Google Kontakte</translation>
    </message>
    <message>
        <source>Google Contacts (legacy Google CSV)</source>
        <translation>Google Kontakte (altes Google-CSV)</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Outlook (German)</source>
        <translation>Outlook (deutsch)</translation>
    </message>
    <message>
        <source>Outlook (French)</source>
        <translation>Outlook (französisch)</translation>
    </message>
    <message>
        <source>Mailchimp audience</source>
        <translation>Mailchimp-Zielgruppe</translation>
    </message>
    <message>
        <source>IQ Messaging export</source>
        <translation>IQ Messaging-Export</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Saved or hand-made mapping</source>
        <translation>Gespeicherte oder eigene Zuordnung</translation>
    </message>
    <message>
        <source>Plain spreadsheet</source>
        <translation>Einfache Tabelle</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Telefonbezeichnung</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>E-Mail-Bezeichnung</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Opted out (any value)</source>
        <translation>Abgemeldet (beliebiger Wert)</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Abonnementstatus</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Eigenes Feld</translation>
    </message>
    <message>
        <source>This is not a saved column mapping (expected &quot;version&quot;: 1 and &quot;columns&quot;).</source>
        <translation>Dies ist keine gespeicherte Spaltenzuordnung (erwartet: &quot;version&quot;: 1 und &quot;columns&quot;).</translation>
    </message>
    <message>
        <source>Column %1 of the mapping has an unknown target &quot;%2&quot;.</source>
        <translation>Spalte %1 der Zuordnung hat ein unbekanntes Ziel „%2“.</translation>
    </message>
    <message>
        <source>The row has %1 values but the header names %2 columns; is a value with a comma not quoted?</source>
        <translation>Die Zeile hat %1 Werte, die Kopfzeile aber %2 Spalten; steht ein Wert mit Komma nicht in Anführungszeichen?</translation>
    </message>
    <message>
        <source>%1: the leading apostrophe a spreadsheet kept was removed.</source>
        <translation>%1: Der von einer Tabellenkalkulation stehengelassene Apostroph am Anfang wurde entfernt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a number a spreadsheet turned into scientific notation; its digits are lost. Format the column as text and export again.</source>
        <translation>%1: „%2“ ist eine Zahl, die eine Tabellenkalkulation in wissenschaftliche Schreibweise umgewandelt hat; ihre Ziffern sind verloren. Formatieren Sie die Spalte als Text und exportieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>iq::Compliance</name>
    <message>
        <source>Marketing texts must say how to opt out: add {{opt_out}} (&quot;Reply STOP to opt out&quot;).</source>
        <translation>Werbenachrichten müssen sagen, wie man sich abmeldet: Fügen Sie {{opt_out}} ein („Antworten Sie STOP zum Abmelden“).</translation>
    </message>
    <message>
        <source>The message does not say who sends it: set your business name in the settings and add {{business_name}}.</source>
        <translation>Die Nachricht nennt keinen Absender: Tragen Sie in den Einstellungen den Namen Ihres Geschäfts ein und fügen Sie {{business_name}} ein.</translation>
    </message>
    <message>
        <source>The message does not say who sends it: add {{business_name}} (%1).</source>
        <translation>Die Nachricht nennt keinen Absender: Fügen Sie {{business_name}} ein (%1).</translation>
    </message>
    <message>
        <source>Up to %1 segments per message: carriers may split or drop longer texts, and each segment is billed. Shorten it to %2 or fewer.</source>
        <translation>Höchstens %1 Segmente pro Nachricht: Netzbetreiber teilen längere Texte auf oder verwerfen sie, und jedes Segment wird berechnet. Kürzen Sie auf %2 oder weniger.</translation>
    </message>
    <message>
        <source>%1 characters: carriers refuse texts over %2 characters.</source>
        <translation>%1 Zeichen: Netzbetreiber lehnen Texte über %2 Zeichen ab.</translation>
    </message>
    <message>
        <source>%1 is a public link shortener; carriers filter messages with such links. Use your own domain.</source>
        <translation>%1 ist ein öffentlicher Linkkürzer; Netzbetreiber filtern Nachrichten mit solchen Links. Verwenden Sie Ihre eigene Domain.</translation>
    </message>
    <message>
        <source>%1 recipients would get an empty message (e.g. %2); add a fallback like {{first_name|there}}.</source>
        <translation>%1 Empfänger würden eine leere Nachricht erhalten (z. B. %2); fügen Sie einen Ersatzwert ein, etwa {{first_name|zusammen}}.</translation>
    </message>
    <message>
        <source>This recipient would get an empty message; add a fallback like {{first_name|there}}.</source>
        <translation>Dieser Empfänger würde eine leere Nachricht erhalten; fügen Sie einen Ersatzwert ein, etwa {{first_name|zusammen}}.</translation>
    </message>
</context>
<context>
    <name>iq::ComposerPage</name>
    <message>
        <source>Compose a message</source>
        <translation>Nachricht verfassen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail (HTML)</source>
        <translation>E-Mail (HTML)</translation>
    </message>
    <message>
        <source>E-mail (plain text)</source>
        <translation>E-Mail (Nur-Text)</translation>
    </message>
    <message>
        <source>Voice script</source>
        <translation>Sprachtext</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;Marketing message</source>
        <translation>&amp;Werbenachricht</translation>
    </message>
    <message>
        <source>Marketing message</source>
        <translation>Werbenachricht</translation>
    </message>
    <message>
        <source>Marketing texts must tell people how to opt out.</source>
        <translation>Werbenachrichten müssen sagen, wie man sich abmeldet.</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Insert &amp;field</source>
        <translation>Feld &amp;einfügen</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Feld einfügen</translation>
    </message>
    <message>
        <source>Insert a recipient&apos;s field, e.g. their first name (Ctrl+Shift+F)</source>
        <translation>Ein Feld des Empfängers einfügen, z. B. den Vornamen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>S&amp;nippet</source>
        <translation>&amp;Baustein</translation>
    </message>
    <message>
        <source>Insert snippet</source>
        <translation>Baustein einfügen</translation>
    </message>
    <message>
        <source>Insert a saved snippet such as your signature or the opt-out footer</source>
        <translation>Einen gespeicherten Baustein einfügen, etwa Ihre Signatur oder den Abmeldehinweis</translation>
    </message>
    <message>
        <source>Use &amp;plain punctuation</source>
        <translation>&amp;Normale Satzzeichen</translation>
    </message>
    <message>
        <source>Replace smart punctuation</source>
        <translation>Typografische Satzzeichen ersetzen</translation>
    </message>
    <message>
        <source>Replace curly quotes, dashes and ellipses with plain ones so the text stays GSM-7 (Ctrl+Shift+P)</source>
        <translation>Typografische Anführungszeichen, Gedankenstriche und Auslassungspunkte durch einfache ersetzen, damit der Text GSM-7 bleibt (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>&amp;Save to library…</source>
        <translation>In Bibliothek &amp;speichern…</translation>
    </message>
    <message>
        <source>Save to content library</source>
        <translation>In der Inhaltsbibliothek speichern</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>An&amp;hören</translation>
    </message>
    <message>
        <source>Listen to the voice message</source>
        <translation>Sprachnachricht anhören</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Betre&amp;ff:</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>Betreff der E-Mail</translation>
    </message>
    <message>
        <source>News for {{first_name|you}}</source>
        <translation>Neuigkeiten für {{first_name|Sie}}</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Nachrichtenvorlage</translation>
    </message>
    <message>
        <source>Hi {{first_name|there}}, the new MacBook is in at {{business_name}}! {{opt_out}}</source>
        <translation>Hallo {{first_name|zusammen}}, das neue MacBook ist bei {{business_name}} eingetroffen! {{opt_out}}</translation>
    </message>
    <message>
        <source>Problems and warnings</source>
        <translation>Probleme und Warnungen</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>Vorheriger Empfänger</translation>
    </message>
    <message>
        <source>Previous recipient (Alt+Left)</source>
        <translation>Vorheriger Empfänger (Alt+Links)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>Nächster Empfänger</translation>
    </message>
    <message>
        <source>Next recipient (Alt+Right)</source>
        <translation>Nächster Empfänger (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Recipient shown</source>
        <translation>Angezeigter Empfänger</translation>
    </message>
    <message>
        <source>Pick a recipient</source>
        <translation>Empfänger auswählen</translation>
    </message>
    <message>
        <source>Pick the recipient to preview</source>
        <translation>Empfänger für die Vorschau auswählen</translation>
    </message>
    <message>
        <source>Preview for this recipient</source>
        <translation>Vorschau für diesen Empfänger</translation>
    </message>
    <message>
        <source>Segments and encoding</source>
        <translation>Segmente und Kodierung</translation>
    </message>
    <message>
        <source>Characters that force UCS-2</source>
        <translation>Zeichen, die UCS-2 erzwingen</translation>
    </message>
    <message>
        <source>Fallbacks used</source>
        <translation>Verwendete Ersatzwerte</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Audience summary</source>
        <translation>Übersicht der Empfänger</translation>
    </message>
    <message>
        <source>Counting the audience</source>
        <translation>Empfänger werden gezählt</translation>
    </message>
    <message>
        <source>Type a message to see what it costs.</source>
        <translation>Geben Sie eine Nachricht ein, um zu sehen, was sie kostet.</translation>
    </message>
    <message>
        <source>Whole audience</source>
        <translation>Alle Empfänger</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>No snippets yet: save one from the Content library</source>
        <translation>Noch keine Bausteine: Speichern Sie einen in der Inhaltsbibliothek</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Ann</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Example recipient (no contacts yet)</source>
        <translation>Beispielempfänger (noch keine Kontakte)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>1 segment · %1 · %2 characters, %3 left in the segment</source>
        <translation>1 Segment · %1 · %2 Zeichen, %3 frei im Segment</translation>
    </message>
    <message>
        <source>%1 segments · %2 · %3 characters, %4 left in the last segment</source>
        <translation>%1 Segmente · %2 · %3 Zeichen, %4 frei im letzten Segment</translation>
    </message>
    <message>
        <source>All characters fit GSM-7.</source>
        <translation>Alle Zeichen passen in GSM-7.</translation>
    </message>
    <message>
        <source>UCS-2 (70 characters per segment) because of: %1%2</source>
        <translation>UCS-2 (70 Zeichen pro Segment) wegen: %1%2</translation>
    </message>
    <message>
        <source> — “Use plain punctuation” fixes the quotes and dashes.</source>
        <translation> – „Normale Satzzeichen“ korrigiert Anführungszeichen und Striche.</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 Zeichen</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>This recipient gets the fallback for: %1</source>
        <translation>Dieser Empfänger erhält den Ersatzwert für: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Fix the template to see what it costs.</source>
        <translation>Korrigieren Sie die Vorlage, um zu sehen, was sie kostet.</translation>
    </message>
    <message>
        <source>No recipients yet: add contacts to see what the message costs.</source>
        <translation>Noch keine Empfänger: Fügen Sie Kontakte hinzu, um zu sehen, was die Nachricht kostet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 recipients · %2 segments in total&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 Empfänger · insgesamt %2 Segmente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1 segment: %1</source>
        <translation>1 Segment: %1</translation>
    </message>
    <message>
        <source>%1 segments: %2</source>
        <translation>%1 Segmente: %2</translation>
    </message>
    <message>
        <source>%1 go as UCS-2 (70 characters per segment)</source>
        <translation>%1 werden als UCS-2 gesendet (70 Zeichen pro Segment)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 recipients&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 Empfänger&lt;/b&gt;</translation>
    </message>
    <message>
        <source>With a fallback: %1 (%2%3)</source>
        <translation>Mit Ersatzwert: %1 (%2%3)</translation>
    </message>
    <message>
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message>
        <source>Empty message: %1 (%2)</source>
        <translation>Leere Nachricht: %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>Save to the content library</source>
        <translation>In der Inhaltsbibliothek speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
</context>
<context>
    <name>iq::ConflictListModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Deleted on another device, edited here</source>
        <translation>Auf anderem Gerät gelöscht, hier geändert</translation>
    </message>
    <message>
        <source>Deleted here, edited on another device</source>
        <translation>Hier gelöscht, auf anderem Gerät geändert</translation>
    </message>
    <message>
        <source>your edit</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>This device had</source>
        <translation>Auf diesem Gerät</translation>
    </message>
    <message>
        <source>Kept (server)</source>
        <translation>Behalten (Server)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
</context>
<context>
    <name>iq::ConflictStore</name>
    <message>
        <source>There is no open conflict number %1.</source>
        <translation>Es gibt keinen offenen Konflikt Nummer %1.</translation>
    </message>
    <message>
        <source>The %1 %2 no longer exists; its value cannot be re-applied.</source>
        <translation>%1 %2 existiert nicht mehr; der Wert kann nicht erneut übernommen werden.</translation>
    </message>
</context>
<context>
    <name>iq::ConflictsPage</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sync conflicts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Synchronisierungskonflikte&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>When this computer and another one changed the same thing, the other change was kept. Review each one: keep it, or put back what this computer had.</source>
        <translation>Wenn dieser und ein anderer Computer dasselbe geändert haben, wurde die andere Änderung behalten. Prüfen Sie jede: Behalten Sie sie oder stellen Sie wieder her, was dieser Computer hatte.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>No conflicts. Everything synced merged cleanly.</source>
        <translation>Keine Konflikte. Alles wurde sauber zusammengeführt.</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s</source>
        <translation>&amp;Server-Wert behalten</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value</source>
        <translation>Wert des Servers behalten</translation>
    </message>
    <message>
        <source>&amp;Put mine back</source>
        <translation>&amp;Meinen wiederherstellen</translation>
    </message>
    <message>
        <source>Re-apply this computer&apos;s value</source>
        <translation>Wert dieses Computers wieder übernehmen</translation>
    </message>
</context>
<context>
    <name>iq::Consent</name>
    <message>
        <source>Opted in</source>
        <translation>Eingewilligt</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>iq::ConsentActions</name>
    <message>
        <source>A consent record needs its source: where and how the person agreed.</source>
        <translation>Eine Einwilligung braucht ihre Herkunft: wo und wie die Person zugestimmt hat.</translation>
    </message>
</context>
<context>
    <name>iq::ConsentLedger</name>
    <message>
        <source>A consent change names either a group or a channel.</source>
        <translation>Eine Änderung der Einwilligung nennt entweder eine Gruppe oder einen Kanal.</translation>
    </message>
</context>
<context>
    <name>iq::ContactActions</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A contact needs a name, an organization, a phone number or an e-mail address.</source>
        <translation>Ein Kontakt braucht einen Namen, eine Firma, eine Telefonnummer oder eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Language: &quot;%1&quot; is not a language tag such as &quot;de&quot; or &quot;pt-BR&quot;.</source>
        <translation>Sprache: „%1“ ist kein Sprachkürzel wie „de“ oder „pt-BR“.</translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a time zone such as &quot;Europe/Berlin&quot;.</source>
        <translation>Zeitzone: „%1“ ist keine Zeitzone wie „Europe/Berlin“.</translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation>Telefonnummer: %1</translation>
    </message>
    <message>
        <source>Custom field: a field needs a name before its value.</source>
        <translation>Eigenes Feld: Ein Feld braucht vor seinem Wert einen Namen.</translation>
    </message>
    <message>
        <source>Deletion undone</source>
        <translation>Löschen rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>iq::ContactBrowser</name>
    <message>
        <source>The contact list cannot be indexed.</source>
        <translation>Die Kontaktliste kann nicht indiziert werden.</translation>
    </message>
    <message>
        <source>Reading the contact list failed: %1</source>
        <translation>Die Kontaktliste konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>iq::ContactDetailPane</name>
    <message>
        <source>mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>Festnetz</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>Mobil oder Festnetz</translation>
    </message>
    <message>
        <source>toll free</source>
        <translation>gebührenfrei</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consent history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf der Einwilligungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Verlauf der Einwilligungen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a contact to see their numbers, groups and consent.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Kontakt, um seine Nummern, Gruppen und Einwilligungen zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>No numbers.</source>
        <translation>Keine Nummern.</translation>
    </message>
    <message>
        <source>Invalid, kept as typed: %1</source>
        <translation>Ungültig, wie eingegeben behalten: %1</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>No e-mail addresses.</source>
        <translation>Keine E-Mail-Adressen.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>In no group.</source>
        <translation>In keiner Gruppe.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>(deleted group)</source>
        <translation>(gelöschte Gruppe)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>keyword reply</source>
        <translation>Antwort mit Stichwort</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>Papierformular</translation>
    </message>
    <message>
        <source>in person or by phone</source>
        <translation>persönlich oder telefonisch</translation>
    </message>
    <message>
        <source>from another device</source>
        <translation>von einem anderen Gerät</translation>
    </message>
    <message>
        <source>merged contacts</source>
        <translation>zusammengeführte Kontakte</translation>
    </message>
    <message>
        <source>All SMS</source>
        <translation>Alle SMS</translation>
    </message>
    <message>
        <source>All e-mail</source>
        <translation>Alle E-Mails</translation>
    </message>
    <message>
        <source>All voice calls</source>
        <translation>Alle Sprachanrufe</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Details or timeline</source>
        <translation>Angaben oder Zeitleiste</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Everything between the business and this person, newest first: messages, calls, replies, consent changes, imports and merges.</source>
        <translation>Alles zwischen dem Unternehmen und dieser Person, neueste zuerst: Nachrichten, Anrufe, Antworten, Änderungen der Einwilligung, Importe und Zusammenführungen.</translation>
    </message>
</context>
<context>
    <name>iq::ContactEditorDialog</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Made from the names when empty</source>
        <translation>Wird aus den Namen gebildet, wenn leer</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>&amp;Zweiter Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Add &amp;number</source>
        <translation>&amp;Nummer hinzufügen</translation>
    </message>
    <message>
        <source>Add a phone number</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;e-mail</source>
        <translation>&amp;E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>Add an e-mail address</source>
        <translation>E-Mail-Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>&amp;Feld hinzufügen</translation>
    </message>
    <message>
        <source>Add a custom field</source>
        <translation>Eigenes Feld hinzufügen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation>Was korrigiert werden muss</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phone numbers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Telefonnummern&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;E-mail addresses&lt;/b&gt;</source>
        <translation>&lt;b&gt;E-Mail-Adressen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eigene Felder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notizen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Give a name, an organization, a phone number or an e-mail address.</source>
        <translation>Geben Sie einen Namen, eine Firma, eine Telefonnummer oder eine E-Mail-Adresse an.</translation>
    </message>
</context>
<context>
    <name>iq::ContactEdits</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Removal undone</source>
        <translation>Entfernen rückgängig gemacht</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt löschen</numerusform>
            <numerusform>%n Kontakte löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to %1</source>
        <translation>
            <numerusform>%n Kontakt zu %1 hinzufügen</numerusform>
            <numerusform>%n Kontakte zu %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s) from %1</source>
        <translation>
            <numerusform>%n Kontakt aus %1 entfernen</numerusform>
            <numerusform>%n Kontakte aus %1 entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::ContactExportTask</name>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>Exporting contacts to %1…</source>
        <translation>Kontakte werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>There are no contacts to export in this list.</source>
        <translation>In dieser Liste gibt es keine Kontakte zum Exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n Kontakt nach %1 exportiert.</numerusform>
            <numerusform>%n Kontakte nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::ContactExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The SQLite driver gave no native handle.</source>
        <translation>Der SQLite-Treiber hat kein natives Handle geliefert.</translation>
    </message>
    <message>
        <source>Cannot read the contacts to export: %1</source>
        <translation>Die zu exportierenden Kontakte können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>iq::ContactFields</name>
    <message>
        <source>Reply STOP to opt out</source>
        <translation>Antworten Sie STOP zum Abmelden</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Name as shown in lists</source>
        <translation>Name in Listen</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Group being messaged</source>
        <translation>Angeschriebene Gruppe</translation>
    </message>
    <message>
        <source>Your business name</source>
        <translation>Name Ihres Geschäfts</translation>
    </message>
    <message>
        <source>Opt-out wording</source>
        <translation>Hinweis zur Abmeldung</translation>
    </message>
    <message>
        <source>There is no group with the id &quot;%1&quot;.</source>
        <translation>Es gibt keine Gruppe mit der ID „%1“.</translation>
    </message>
    <message>
        <source>reading the audience</source>
        <translation>beim Lesen der Empfänger</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>iq::ContactFilterBar</name>
    <message>
        <source>Search names, numbers and e-mails (Ctrl+F)</source>
        <translation>Namen, Nummern und E-Mails durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Nach Gruppe filtern</translation>
    </message>
    <message>
        <source>Filter by consent</source>
        <translation>Nach Einwilligung filtern</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Jede Einwilligung</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
</context>
<context>
    <name>iq::ContactJson</name>
    <message>
        <source>Field &quot;%1&quot; must be %2.</source>
        <translation>Das Feld „%1“ muss %2 sein.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a non-negative number</source>
        <translation>eine nicht negative Zahl</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
</context>
<context>
    <name>iq::ContactMerger</name>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>merged with %1 (%2)</source>
        <translation>zusammengeführt mit %1 (%2)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
</context>
<context>
    <name>iq::ContactRepository</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>iq::ContactTimelineModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
</context>
<context>
    <name>iq::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>iq::ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Number of contacts</source>
        <translation>Anzahl der Kontakte</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Keine Kontakte</translation>
    </message>
    <message>
        <source>Contacts list</source>
        <translation>Kontaktliste</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts yet. Add one with New contact (Ctrl+N), import a file with File &gt; Import contacts (Ctrl+I) or by dropping it here, or use “iqm contacts add”; they appear here at once.</source>
        <translation>Noch keine Kontakte. Legen Sie einen mit „Neuer Kontakt“ (Strg+N) an, importieren Sie eine Datei über Datei &gt; Kontakte importieren (Strg+I) oder indem Sie sie hierher ziehen, oder verwenden Sie „iqm contacts add“; sie erscheinen sofort hier.</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>Kontaktaktionen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file (Ctrl+I), or drop the file here</source>
        <translation>Kontakte aus einer CSV- oder vCard-Datei importieren (Strg+I) oder die Datei hierher ziehen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Neuer Kontakt…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add to group…</source>
        <translation>Zur Gruppe hinzufügen…</translation>
    </message>
    <message>
        <source>Remove from group…</source>
        <translation>Aus Gruppe entfernen…</translation>
    </message>
    <message>
        <source>Opt out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Duplikate finden…</translation>
    </message>
    <message>
        <source>Export all contacts…</source>
        <translation>Alle Kontakte exportieren…</translation>
    </message>
    <message>
        <source>Export the contacts shown…</source>
        <translation>Angezeigte Kontakte exportieren…</translation>
    </message>
    <message>
        <source>Export the contacts the search and filters list</source>
        <translation>Die Kontakte exportieren, die Suche und Filter anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n matching contact(s)</source>
        <translation>
            <numerusform>%n passender Kontakt</numerusform>
            <numerusform>%n passende Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Aus Gruppe entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s) from:</source>
        <translation>
            <numerusform>%n Kontakt entfernen aus:</numerusform>
            <numerusform>%n Kontakte entfernen aus:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the contacts to merge: %1</source>
        <translation>Die zusammenzuführenden Kontakte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not merge the contacts: %1</source>
        <translation>Die Kontakte konnten nicht zusammengeführt werden: %1</translation>
    </message>
    <message>
        <source>contacts-selection</source>
        <translation>kontakte-auswahl</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>kontakte</translation>
    </message>
</context>
<context>
    <name>iq::ContentLibraryPage</name>
    <message>
        <source>Content library</source>
        <translation>Inhaltsbibliothek</translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation>Art anzeigen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show tag</source>
        <translation>Schlagwort anzeigen</translation>
    </message>
    <message>
        <source>Saved content</source>
        <translation>Gespeicherte Inhalte</translation>
    </message>
    <message>
        <source>Library status</source>
        <translation>Status der Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Open in composer</source>
        <translation>Im Editor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open in composer</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig</translation>
    </message>
    <message>
        <source>&amp;Play recording</source>
        <translation>Aufnahme &amp;abspielen</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Aufnahme abspielen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Nothing saved yet: write a message in Compose and press “Save to library”.</source>
        <translation>Noch nichts gespeichert: Schreiben Sie eine Nachricht unter „Verfassen“ und klicken Sie auf „In Bibliothek speichern“.</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>„%1“ wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>iq::ContentListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>iq::ContentRepository</name>
    <message>
        <source>There is no saved content with the id &quot;%1&quot;.</source>
        <translation>Es gibt keinen gespeicherten Inhalt mit der ID „%1“.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Baustein</translation>
    </message>
    <message>
        <source>Give the content a name.</source>
        <translation>Geben Sie dem Inhalt einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters; shorten it.</source>
        <translation>„%1“ ist länger als %2 Zeichen; kürzen Sie es.</translation>
    </message>
    <message>
        <source>The snippet &quot;%1&quot; does not parse: %2</source>
        <translation>Der Baustein „%1“ ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>The media file %1 is not in this profile.</source>
        <translation>Die Mediendatei %1 ist nicht in diesem Profil.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
</context>
<context>
    <name>iq::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; is not known; try UTF-8, UTF-16LE, windows-1252.</source>
        <translation>Die Kodierung „%1“ ist unbekannt; versuchen Sie UTF-8, UTF-16LE oder windows-1252.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>Line %1: the quoted value in column %2 is never closed.</source>
        <translation>Zeile %1: Der Wert in Anführungszeichen in Spalte %2 wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Line %1: the quoted value in column %2 is longer than %3 characters; is a closing quote missing?</source>
        <translation>Zeile %1: Der Wert in Anführungszeichen in Spalte %2 ist länger als %3 Zeichen; fehlt ein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <source>Line %1: there is text after the closing quote in column %2.</source>
        <translation>Zeile %1: Nach dem schließenden Anführungszeichen in Spalte %2 steht noch Text.</translation>
    </message>
</context>
<context>
    <name>iq::DemoServer</name>
    <message>
        <source>The demo needs the IQ Messaging server (iqmsgd), which is not installed.</source>
        <translation>Die Demo braucht den IQ-Messaging-Server (iqmsgd), der nicht installiert ist.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The demo server did not start: %1</source>
        <translation>Der Demo-Server ist nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>iq::DuplicatePairsModel</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Both contacts have this number or e-mail address.</source>
        <translation>Beide Kontakte haben diese Nummer oder E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Likely the same person</source>
        <translation>Wahrscheinlich dieselbe Person</translation>
    </message>
    <message>
        <source>Shared number or e-mail</source>
        <translation>Gemeinsame Nummer oder E-Mail</translation>
    </message>
</context>
<context>
    <name>iq::DuplicatesDialog</name>
    <message>
        <source>Likely duplicates</source>
        <translation>Wahrscheinliche Duplikate</translation>
    </message>
    <message>
        <source>These contacts share a phone number or an e-mail address. Merge the ones that are the same person; leave the others as they are.</source>
        <translation>Diese Kontakte teilen eine Telefonnummer oder E-Mail-Adresse. Führen Sie zusammen, was dieselbe Person ist; lassen Sie die anderen, wie sie sind.</translation>
    </message>
    <message>
        <source>Duplicate search status</source>
        <translation>Status der Duplikatsuche</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Suche nach Duplikaten</translation>
    </message>
    <message>
        <source>Likely duplicate contacts</source>
        <translation>Wahrscheinlich doppelte Kontakte</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge the selected pair</source>
        <translation>Das ausgewählte Paar zusammenführen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Looking for contacts that share a number or an e-mail address…</source>
        <translation>Suche nach Kontakten mit gleicher Nummer oder E-Mail-Adresse…</translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation>Die Duplikatsuche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No likely duplicates: every number and e-mail address belongs to one contact.</source>
        <translation>Keine wahrscheinlichen Duplikate: Jede Nummer und E-Mail-Adresse gehört zu einem Kontakt.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts share a number or an e-mail address.</source>
        <translation>
            <numerusform>%n Kontaktpaar teilt eine Nummer oder E-Mail-Adresse.</numerusform>
            <numerusform>%n Kontaktpaare teilen eine Nummer oder E-Mail-Adresse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::EmailRow</name>
    <message>
        <source>personal</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>E-Mail-Bezeichnung</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this e-mail address</source>
        <translation>Diese E-Mail-Adresse entfernen</translation>
    </message>
</context>
<context>
    <name>iq::GroupActions</name>
    <message>
        <source>Opting in needs a source: say where the consent came from.</source>
        <translation>Eine Einwilligung braucht eine Quelle: Geben Sie an, woher sie stammt.</translation>
    </message>
</context>
<context>
    <name>iq::GroupMembersModel</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
</context>
<context>
    <name>iq::GroupRepository</name>
    <message>
        <source>There is no group %1.</source>
        <translation>Es gibt keine Gruppe %1.</translation>
    </message>
    <message>
        <source>A group named &quot;%1&quot; already exists.</source>
        <translation>Eine Gruppe namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Eine Gruppe braucht einen Namen.</translation>
    </message>
    <message>
        <source>Contact %1 is not a member of group %2.</source>
        <translation>Kontakt %1 ist kein Mitglied der Gruppe %2.</translation>
    </message>
</context>
<context>
    <name>iq::GroupsModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Eingewilligt</translation>
    </message>
</context>
<context>
    <name>iq::GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Mitglieder der Gruppe</translation>
    </message>
    <message>
        <source>Search contacts to add</source>
        <translation>Kontakte zum Hinzufügen suchen</translation>
    </message>
    <message>
        <source>Find contacts to add</source>
        <translation>Kontakte zum Hinzufügen finden</translation>
    </message>
    <message>
        <source>Contacts to add</source>
        <translation>Hinzuzufügende Kontakte</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Group actions</source>
        <translation>Gruppenaktionen</translation>
    </message>
    <message>
        <source>Member actions</source>
        <translation>Mitgliederaktionen</translation>
    </message>
    <message>
        <source>Picker actions</source>
        <translation>Auswahlaktionen</translation>
    </message>
    <message>
        <source>Add contacts</source>
        <translation>Kontakte hinzufügen</translation>
    </message>
    <message>
        <source>Drag contacts onto a group or the member list, or select them and press Add to group.</source>
        <translation>Ziehen Sie Kontakte auf eine Gruppe oder die Mitgliederliste, oder wählen Sie sie aus und klicken Sie auf „Zur Gruppe hinzufügen“.</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Neue Gruppe…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>Beschreiben…</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Gruppe löschen…</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Aus Gruppe entfernen</translation>
    </message>
    <message>
        <source>Export group…</source>
        <translation>Gruppe exportieren…</translation>
    </message>
    <message>
        <source>Export the members of this group to CSV or vCard</source>
        <translation>Die Mitglieder dieser Gruppe als CSV oder vCard exportieren</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>Name der neuen Gruppe:</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Describe group</source>
        <translation>Gruppe beschreiben</translation>
    </message>
    <message>
        <source>What the group is for:</source>
        <translation>Wofür die Gruppe ist:</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <source>Delete the group “%1”? Its contacts stay; only the group and its memberships go. The consent history is kept.</source>
        <translation>Gruppe „%1“ löschen? Ihre Kontakte bleiben erhalten; nur die Gruppe und ihre Mitgliedschaften werden entfernt. Der Verlauf der Einwilligungen bleibt erhalten.</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <source>Added on the Groups page</source>
        <translation>Auf der Seite „Gruppen“ hinzugefügt</translation>
    </message>
</context>
<context>
    <name>iq::HistoryExportTask</name>
    <message>
        <source>Exporting the history to %1…</source>
        <translation>Verlauf wird nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::HistoryFilterBar</name>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Kampagnenfilter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Ergebnisfilter</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Kanalfilter</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Search name, number, address or text</source>
        <translation>Name, Nummer, Adresse oder Text suchen</translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation>Name oder Nummer suchen</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed or undeliverable</source>
        <translation>Fehlgeschlagen oder nicht zustellbar</translation>
    </message>
    <message>
        <source>Sent, not confirmed yet</source>
        <translation>Gesendet, noch nicht bestätigt</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation>Wegen Ruhezeiten zurückgehalten</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Any call</source>
        <translation>Jeder Anruf</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Left on voicemail</source>
        <translation>Auf der Mailbox hinterlassen</translation>
    </message>
    <message>
        <source>Not answered or busy</source>
        <translation>Nicht angenommen oder besetzt</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Error %1 ✕</source>
        <translation>Fehler %1 ✕</translation>
    </message>
    <message>
        <source>Only messages that failed with: %1. Press to show every error again.</source>
        <translation>Nur Nachrichten mit diesem Fehler: %1. Klicken Sie, um wieder alle Fehler anzuzeigen.</translation>
    </message>
    <message>
        <source>Error filter: %1. Press to remove it</source>
        <translation>Fehlerfilter: %1. Klicken Sie, um ihn zu entfernen</translation>
    </message>
</context>
<context>
    <name>iq::HistoryModel</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation>Wegen Ruhezeiten zurückgehalten</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation>Nicht zustellbar</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Error code %1</source>
        <translation>Fehlercode %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Code %2)</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(kein Kontakt)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>iq::HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the list shown as CSV</source>
        <translation>Die angezeigte Liste als CSV exportieren</translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation>Anzahl der Zeilen</translation>
    </message>
    <message>
        <source>Messages or calls</source>
        <translation>Nachrichten oder Anrufe</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>Ca&amp;lls</source>
        <translation>&amp;Anrufe</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Status des Verlaufs</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>calls</source>
        <translation>anrufe</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>nachrichten</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
</context>
<context>
    <name>iq::ImportEngine</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Importproblem</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>There is no import with id %1.</source>
        <translation>Es gibt keinen Import mit der ID %1.</translation>
    </message>
    <message>
        <source>Import %1 was already rolled back on %2.</source>
        <translation>Import %1 wurde bereits am %2 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; looks like %2 with its leading zero lost, as spreadsheets do with numbers; format the column as text and export again.</source>
        <translation>Telefon „%1“ sieht aus wie %2 ohne die führende Null, wie es Tabellenkalkulationen mit Zahlen machen; formatieren Sie die Spalte als Text und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is not a valid number for region %2.</source>
        <translation>Telefon „%1“ ist keine gültige Nummer für die Region %2.</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; is not an e-mail address.</source>
        <translation>E-Mail „%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The row has no name, organization, phone number or e-mail address.</source>
        <translation>Die Zeile hat keinen Namen, keine Firma, keine Telefonnummer und keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>opt-out column of %1, line %2</source>
        <translation>Abmeldespalte von %1, Zeile %2</translation>
    </message>
    <message>
        <source>Same phone number (%1) as line %2 of the file.</source>
        <translation>Gleiche Telefonnummer (%1) wie Zeile %2 der Datei.</translation>
    </message>
    <message>
        <source>Same e-mail address (%1) as line %2 of the file.</source>
        <translation>Gleiche E-Mail-Adresse (%1) wie Zeile %2 der Datei.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>phone number %1</source>
        <translation>Telefonnummer %1</translation>
    </message>
    <message>
        <source>e-mail address %1</source>
        <translation>E-Mail-Adresse %1</translation>
    </message>
    <message>
        <source>Already in the profile (matched by %1).</source>
        <translation>Bereits im Profil (Übereinstimmung über %1).</translation>
    </message>
    <message>
        <source>Already in the profile (matched by %1); skipped as asked.</source>
        <translation>Bereits im Profil (Übereinstimmung über %1); wie gewünscht übersprungen.</translation>
    </message>
    <message>
        <source>Matched by %1.</source>
        <translation>Übereinstimmung über %1.</translation>
    </message>
    <message>
        <source>Opted out in the profile: stays opted out.</source>
        <translation>Im Profil abgemeldet: bleibt abgemeldet.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Exists, skipped</source>
        <translation>Vorhanden, übersprungen</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>Doppelt in der Datei</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
</context>
<context>
    <name>iq::ImportFilePage</name>
    <message>
        <source>Choose the file to import</source>
        <translation>Zu importierende Datei wählen</translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet, Google Contacts, Outlook or Mailchimp, or a vCard file from a phone. Nothing changes in your contacts until the last step.</source>
        <translation>Eine CSV-Datei aus einer Tabellenkalkulation, aus Google Contacts, Outlook oder Mailchimp, oder eine vCard-Datei von einem Telefon. Bis zum letzten Schritt ändert sich nichts an Ihren Kontakten.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Path of a .csv, .txt or .vcf file</source>
        <translation>Pfad einer .csv-, .txt- oder .vcf-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>You can also drop a file on this window or on the Contacts page.</source>
        <translation>Sie können eine Datei auch auf dieses Fenster oder auf die Seite „Kontakte“ ziehen.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>D&amp;atei:</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.tsv *.vcf *.vcard);;CSV files (*.csv *.txt *.tsv);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Kontaktdateien (*.csv *.txt *.tsv *.vcf *.vcard);;CSV-Dateien (*.csv *.txt *.tsv);;vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>iq::ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>Every import, newest first. Undoing one removes the contacts it created, restores those it updated and takes people out of the groups it added them to.</source>
        <translation>Alle Importe, die neuesten zuerst. Wenn Sie einen rückgängig machen, werden die damit angelegten Kontakte entfernt, die aktualisierten wiederhergestellt und die Personen aus den Gruppen genommen, denen er sie hinzugefügt hat.</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Bisherige Importe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Undo the selected import</source>
        <translation>Den ausgewählten Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the import of %1 from %2? Contacts it created are removed, even if you edited them since.</source>
        <translation>Den Import von %1 vom %2 rückgängig machen? Damit angelegte Kontakte werden entfernt, auch wenn Sie sie seitdem bearbeitet haben.</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 invalid</source>
        <translation>%1 angelegt, %2 aktualisiert, %3 ungültig</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Noch keine Importe.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Import wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation>Fortschritt des Rückgängigmachens</translation>
    </message>
</context>
<context>
    <name>iq::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Where each column of the file goes. Change any of them; columns you skip are not imported, custom fields keep the column under its own name.</source>
        <translation>Wohin jede Spalte der Datei gehört. Sie können jede davon ändern; übersprungene Spalten werden nicht importiert, eigene Felder behalten die Spalte unter ihrem eigenen Namen.</translation>
    </message>
    <message>
        <source>Recognized format</source>
        <translation>Erkanntes Format</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>Zuordnung &amp;laden…</translation>
    </message>
    <message>
        <source>Load a saved mapping</source>
        <translation>Eine gespeicherte Zuordnung laden</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation>Diese Zuordnung speichern</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Spaltenzuordnung speichern</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Spaltenzuordnungen (*.json)</translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation>Spaltenzuordnung laden</translation>
    </message>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Spaltenzuordnungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Recognized format: %1.</source>
        <translation>Erkanntes Format: %1.</translation>
    </message>
    <message>
        <source>Changed by hand.</source>
        <translation>Von Hand geändert.</translation>
    </message>
    <message>
        <source>Import column “%1” as</source>
        <translation>Spalte „%1“ importieren als</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Bezeichnung: %1</translation>
    </message>
    <message>
        <source>Cannot save the mapping to %1: %2.</source>
        <translation>Die Zuordnung kann nicht unter %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2.</source>
        <translation>Die Zuordnung %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: it is not a saved mapping (%2).</source>
        <translation>Die Zuordnung %1 kann nicht gelesen werden: Sie ist keine gespeicherte Zuordnung (%2).</translation>
    </message>
    <message>
        <source>Cannot use the mapping %1: %2</source>
        <translation>Die Zuordnung %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>iq::ImportOptionsPage</name>
    <message>
        <source>Choose how to import</source>
        <translation>Importart wählen</translation>
    </message>
    <message>
        <source>These apply to every person in the file. The next step shows exactly what will happen before anything changes.</source>
        <translation>Diese Einstellungen gelten für jede Person in der Datei. Der nächste Schritt zeigt genau, was passiert, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <source>Default region for phone numbers</source>
        <translation>Standardregion für Telefonnummern</translation>
    </message>
    <message>
        <source>Two letters, such as US, GB or DE: the country of numbers written without +country code.</source>
        <translation>Zwei Buchstaben, etwa US, GB oder DE: das Land der Nummern, die ohne +Ländervorwahl geschrieben sind.</translation>
    </message>
    <message>
        <source>People already in your contacts (same number or e-mail)</source>
        <translation>Personen, die bereits in Ihren Kontakten sind (gleiche Nummer oder E-Mail)</translation>
    </message>
    <message>
        <source>People already in your contacts</source>
        <translation>Personen, die bereits in Ihren Kontakten sind</translation>
    </message>
    <message>
        <source>&amp;Skip them: keep your contacts as they are</source>
        <translation>&amp;Überspringen: Ihre Kontakte bleiben unverändert</translation>
    </message>
    <message>
        <source>Skip people already in your contacts</source>
        <translation>Personen überspringen, die bereits in Ihren Kontakten sind</translation>
    </message>
    <message>
        <source>&amp;Fill in what is missing: the file only fills empty fields</source>
        <translation>&amp;Ergänzen, was fehlt: Die Datei füllt nur leere Felder</translation>
    </message>
    <message>
        <source>Fill in empty fields of people already in your contacts</source>
        <translation>Leere Felder von Personen ergänzen, die bereits in Ihren Kontakten sind</translation>
    </message>
    <message>
        <source>&amp;Overwrite: the file&apos;s values replace yours</source>
        <translation>Über&amp;schreiben: Die Werte der Datei ersetzen Ihre</translation>
    </message>
    <message>
        <source>Overwrite people already in your contacts</source>
        <translation>Personen überschreiben, die bereits in Ihren Kontakten sind</translation>
    </message>
    <message>
        <source>Add everyone to these groups</source>
        <translation>Alle zu diesen Gruppen hinzufügen</translation>
    </message>
    <message>
        <source>Group names separated by commas, e.g. Mac Users, Newsletter</source>
        <translation>Gruppennamen durch Kommas getrennt, z. B. Mac-Nutzer, Newsletter</translation>
    </message>
    <message>
        <source>Consent to record</source>
        <translation>Zu erfassende Einwilligung</translation>
    </message>
    <message>
        <source>Unknown: record no consent</source>
        <translation>Unbekannt: keine Einwilligung erfassen</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Eingewilligt</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>Bestätigung ausstehend</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Where the consent came from</source>
        <translation>Herkunft der Einwilligung</translation>
    </message>
    <message>
        <source>e.g. paper sign-up sheet, March 2026</source>
        <translation>z. B. Anmeldeliste auf Papier, März 2026</translation>
    </message>
    <message>
        <source>People your contacts hold as opted out stay opted out, whatever the file says; the file&apos;s own unsubscribe columns are honoured.</source>
        <translation>Wer in Ihren Kontakten abgemeldet ist, bleibt abgemeldet, egal was in der Datei steht; die Abmeldespalten der Datei selbst werden berücksichtigt.</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>Standard&amp;region:</translation>
    </message>
    <message>
        <source>Add to &amp;groups:</source>
        <translation>Zu &amp;Gruppen hinzufügen:</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Einwilligung:</translation>
    </message>
    <message>
        <source>Consent &amp;source:</source>
        <translation>&amp;Herkunft der Einwilligung:</translation>
    </message>
    <message>
        <source>The default region is two letters, such as US or DE.</source>
        <translation>Die Standardregion besteht aus zwei Buchstaben, etwa US oder DE.</translation>
    </message>
    <message>
        <source>Say where the consent came from (for example “paper sign-up sheet, March 2026”), or choose Unknown.</source>
        <translation>Geben Sie an, woher die Einwilligung stammt (zum Beispiel „Anmeldeliste auf Papier, März 2026“), oder wählen Sie „Unbekannt“.</translation>
    </message>
</context>
<context>
    <name>iq::ImportPlanModel</name>
    <message>
        <source>opted out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation>ändert %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Reason or changes</source>
        <translation>Grund oder Änderungen</translation>
    </message>
</context>
<context>
    <name>iq::ImportPlanPage</name>
    <message>
        <source>Check the plan</source>
        <translation>Plan prüfen</translation>
    </message>
    <message>
        <source>What will happen to each row of the file. Nothing has changed yet: press Import to do it, or go back to change the mapping or the options.</source>
        <translation>Was mit jeder Zeile der Datei passiert. Noch hat sich nichts geändert: Klicken Sie auf „Importieren“, um es auszuführen, oder gehen Sie zurück, um die Zuordnung oder die Optionen zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Planning progress</source>
        <translation>Fortschritt der Planung</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Zusammenfassung des Plans</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Anzeigen: %1</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Plan, row by row</source>
        <translation>Plan, Zeile für Zeile</translation>
    </message>
    <message>
        <source>The selected row</source>
        <translation>Die ausgewählte Zeile</translation>
    </message>
    <message>
        <source>Select a row to read the whole reason.</source>
        <translation>Wählen Sie eine Zeile, um den vollständigen Grund zu lesen.</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>nothing to add</source>
        <translation>nichts hinzuzufügen</translation>
    </message>
    <message>
        <source>Reading the whole file and comparing it with your contacts…</source>
        <translation>Die ganze Datei wird gelesen und mit Ihren Kontakten verglichen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n row(s).</source>
        <translation>
            <numerusform>%1 (%2): %n Zeile.</numerusform>
            <numerusform>%1 (%2): %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be recorded as opted out.</source>
        <translation>Als abgemeldet erfasst werden: %1.</translation>
    </message>
    <message>
        <source>%1 note(s) worth a look in the last column.</source>
        <translation>%1 Hinweis(e) in der letzten Spalte, die Sie sich ansehen sollten.</translation>
    </message>
    <message>
        <source>The table lists the first %1 rows of each kind; the counts cover every row.</source>
        <translation>Die Tabelle zeigt die ersten %1 Zeilen jeder Art; die Zahlen umfassen alle Zeilen.</translation>
    </message>
    <message>
        <source>Importing would change no contact.</source>
        <translation>Der Import würde keinen Kontakt ändern.</translation>
    </message>
</context>
<context>
    <name>iq::ImportPreviewPage</name>
    <message>
        <source>Check how the file reads</source>
        <translation>Prüfen, wie die Datei gelesen wird</translation>
    </message>
    <message>
        <source>The first rows as they will be read. If letters look wrong, choose another encoding; if everything sits in one column, choose another delimiter.</source>
        <translation>Die ersten Zeilen so, wie sie gelesen werden. Wenn Buchstaben falsch aussehen, wählen Sie eine andere Kodierung; wenn alles in einer Spalte steht, wählen Sie ein anderes Trennzeichen.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Wie erkannt</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>First row holds &amp;column names</source>
        <translation>Erste Zeile enthält &amp;Spaltennamen</translation>
    </message>
    <message>
        <source>First row holds column names</source>
        <translation>Erste Zeile enthält Spaltennamen</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Wie die Datei gelesen wurde</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>As detected: %1</source>
        <translation>Wie erkannt: %1</translation>
    </message>
    <message numerus="yes">
        <source>A vCard file: each card is one person. The first %n card(s):</source>
        <translation>
            <numerusform>Eine vCard-Datei: Jede Karte ist eine Person. Vorschau auf %n Karte:</numerusform>
            <numerusform>Eine vCard-Datei: Jede Karte ist eine Person. Die ersten %n Karten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read as %1%2, fields separated by %3, %4. The first %n row(s):</source>
        <translation>
            <numerusform>Gelesen als %1%2, Felder getrennt durch %3, %4. Vorschau auf %n Zeile:</numerusform>
            <numerusform>Gelesen als %1%2, Felder getrennt durch %3, %4. Die ersten %n Zeilen:</numerusform>
        </translation>
    </message>
    <message>
        <source>column names in the first row</source>
        <translation>Spaltennamen in der ersten Zeile</translation>
    </message>
    <message>
        <source>no row of column names</source>
        <translation>keine Zeile mit Spaltennamen</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>iq::ImportResultPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Your contacts change in one step: a cancelled import changes nothing.</source>
        <translation>Ihre Kontakte ändern sich in einem Schritt: Ein abgebrochener Import ändert nichts.</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Den Import abbrechen</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>Abgelehnte Zeilen &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the rejected rows as CSV</source>
        <translation>Die abgelehnten Zeilen als CSV speichern</translation>
    </message>
    <message>
        <source>The rows that were not imported, with a column saying why: fix them in a spreadsheet and import that file.</source>
        <translation>Die nicht importierten Zeilen, mit einer Spalte, die den Grund nennt: Korrigieren Sie sie in einer Tabellenkalkulation und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message>
        <source>Removes the contacts this import created and restores those it updated.</source>
        <translation>Entfernt die durch diesen Import angelegten Kontakte und stellt die aktualisierten wieder her.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Die abgelehnten Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Import wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Imported %1. To undo it later, use File &gt; Import history.</source>
        <translation>%1 importiert. Zum späteren Rückgängigmachen verwenden Sie Datei &gt; Importverlauf.</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>Bereits aktuell</translation>
    </message>
    <message>
        <source>Already in your contacts, skipped</source>
        <translation>Bereits in Ihren Kontakten, übersprungen</translation>
    </message>
    <message>
        <source>Repeated in the file</source>
        <translation>Doppelt in der Datei</translation>
    </message>
    <message>
        <source>Invalid, not imported</source>
        <translation>Ungültig, nicht importiert</translation>
    </message>
    <message>
        <source>Group memberships added</source>
        <translation>Hinzugefügte Gruppenmitgliedschaften</translation>
    </message>
    <message>
        <source>Recorded as opted out</source>
        <translation>Als abgemeldet erfasst</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n rejected row(s)…</source>
        <translation>
            <numerusform>%n abgelehnte Zeile &amp;speichern…</numerusform>
            <numerusform>%n abgelehnte Zeilen &amp;speichern…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the rejected rows to %1: %2.</source>
        <translation>Die abgelehnten Zeilen können nicht unter %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Saved the rejected rows to %1.</source>
        <translation>Abgelehnte Zeilen unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saving the contacts and indexing them for search…</source>
        <translation>Die Kontakte werden gespeichert und für die Suche indiziert…</translation>
    </message>
</context>
<context>
    <name>iq::ImportSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
</context>
<context>
    <name>iq::ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Import contacts wizard</source>
        <translation>Assistent zum Importieren von Kontakten</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The import was rolled back: %1 contacts removed, %2 restored as they were, %3 group memberships removed.</source>
        <translation>Der Import wurde zurückgesetzt: %1 Kontakte entfernt, %2 wiederhergestellt, %3 Gruppenmitgliedschaften entfernt.</translation>
    </message>
</context>
<context>
    <name>iq::ImportWriter</name>
    <message>
        <source>The SQLite driver gave no native handle.</source>
        <translation>Der SQLite-Treiber hat kein natives Handle geliefert.</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>iq::KeyboardShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Schließen</translation>
    </message>
</context>
<context>
    <name>iq::KeychainTokenStore</name>
    <message>
        <source>The system keychain did not answer. Sign-ins cannot be kept; you can keep working offline.</source>
        <translation>Der Schlüsselbund des Systems antwortet nicht. Anmeldungen können nicht gespeichert werden; Sie können offline weiterarbeiten.</translation>
    </message>
    <message>
        <source>No sign-in is stored in the keychain for %1.</source>
        <translation>Für %1 ist keine Anmeldung im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No usable system keychain (%1). Sign-ins cannot be kept; you can keep working offline.</source>
        <translation>Kein nutzbarer Schlüsselbund im System (%1). Anmeldungen können nicht gespeichert werden; Sie können offline weiterarbeiten.</translation>
    </message>
</context>
<context>
    <name>iq::LocalRecords</name>
    <message>
        <source>The server&apos;s %1 %2 cannot be stored: %3</source>
        <translation>%1 %2 vom Server kann nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>unknown record type</source>
        <translation>unbekannter Datensatztyp</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>groupId, contactId and consent are required</source>
        <translation>groupId, contactId und consent sind erforderlich</translation>
    </message>
    <message>
        <source>contactId, channel and consent are required</source>
        <translation>contactId, channel und consent sind erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>Storing a phone number</source>
        <translation>Speichern einer Telefonnummer</translation>
    </message>
    <message>
        <source>Storing an e-mail address</source>
        <translation>Speichern einer E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Storing the %1 record</source>
        <translation>Speichern des Datensatzes %1</translation>
    </message>
    <message>
        <source>Storing a contact</source>
        <translation>Einen Kontakt speichern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a value this version of the app does not know</source>
        <translation>„%1“ hat einen Wert, den diese Version der App nicht kennt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>another record already has the same &quot;%1&quot;</source>
        <translation>ein anderer Datensatz hat bereits dasselbe „%1“</translation>
    </message>
    <message>
        <source>it refers to a record this device does not have</source>
        <translation>er verweist auf einen Datensatz, den dieses Gerät nicht hat</translation>
    </message>
    <message>
        <source>this device&apos;s database refused it (%1)</source>
        <translation>die Datenbank dieses Geräts hat ihn abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Looking up what a record refers to</source>
        <translation>Nachschlagen, worauf ein Datensatz verweist</translation>
    </message>
</context>
<context>
    <name>iq::MainWindow</name>
    <message>
        <source>IQ Messaging</source>
        <translation>IQ Messaging</translation>
    </message>
    <message>
        <source>IQ Messaging main window</source>
        <translation>Hauptfenster von IQ Messaging</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Current area</source>
        <translation>Aktueller Bereich</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>People you message, with their numbers and groups</source>
        <translation>Ihre Empfänger mit Nummern und Gruppen</translation>
    </message>
    <message>
        <source>Local profile: %1</source>
        <translation>Lokales Profil: %1</translation>
    </message>
    <message>
        <source>Contact count</source>
        <translation>Anzahl der Kontakte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About IQ Messaging</source>
        <translation>Ü&amp;ber IQ Messaging</translation>
    </message>
    <message>
        <source>About IQ Messaging</source>
        <translation>Über IQ Messaging</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IQ Messaging %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Message the customers who opted in, by SMS, e-mail and voice.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;IQ Messaging %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Schreiben Sie Ihren Kunden, die eingewilligt haben – per SMS, E-Mail und Sprachnachricht.&lt;/p&gt;&lt;p&gt;Profil: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Groups of contacts, their members and consent</source>
        <translation>Kontaktgruppen, ihre Mitglieder und Einwilligungen</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Write a message and see exactly what each recipient gets</source>
        <translation>Nachricht schreiben und sehen, was jeder Empfänger genau erhält</translation>
    </message>
    <message>
        <source>Content library</source>
        <translation>Inhaltsbibliothek</translation>
    </message>
    <message>
        <source>Saved messages, snippets and recordings</source>
        <translation>Gespeicherte Nachrichten, Bausteine und Aufnahmen</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>Kontakte &amp;exportieren…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import&amp;verlauf…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Changes a sync could not merge, for you to review</source>
        <translation>Änderungen, die nicht zusammengeführt werden konnten, zur Prüfung</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>&amp;Create an account…</source>
        <translation>Konto &amp;erstellen…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>S&amp;witch to</source>
        <translation>&amp;Wechseln zu</translation>
    </message>
    <message>
        <source>A new local profile</source>
        <translation>Ein neues lokales Profil</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Send a message to your groups, now or later, and see who got it</source>
        <translation>Nachricht an Ihre Gruppen senden, jetzt oder später, und sehen, wer sie erhalten hat</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every message sent and every call, with its status and why it failed</source>
        <translation>Alle gesendeten Nachrichten und alle Anrufe, mit Status und Fehlergrund</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Profile folder: %1</source>
        <translation>Profilordner: %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>Angemeldet als %1 auf %2</translation>
    </message>
    <message>
        <source>Signed out of %1 on %2</source>
        <translation>Abgemeldet: %1 auf %2</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>iq::MediaStore</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; media files can be at most %3.</source>
        <translation>„%1“ ist %2 groß; Mediendateien dürfen höchstens %3 groß sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 (%3), which messages cannot carry; use an image (PNG, JPEG, GIF), a PDF or an audio recording (MP3, WAV, OGG, M4A).</source>
        <translation>„%1“ ist %2 (%3) und kann nicht mit Nachrichten verschickt werden; verwenden Sie ein Bild (PNG, JPEG, GIF), ein PDF oder eine Audioaufnahme (MP3, WAV, OGG, M4A).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; files of this type can be at most %3.</source>
        <translation>„%1“ ist %2 groß; Dateien dieses Typs dürfen höchstens %3 groß sein.</translation>
    </message>
    <message>
        <source>Cannot create the media folder &quot;%1&quot;.</source>
        <translation>Der Medienordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot store &quot;%1&quot; in &quot;%2&quot;: %3.</source>
        <translation>„%1“ kann nicht in „%2“ gespeichert werden: %3.</translation>
    </message>
    <message>
        <source>The media file %1 is not in this profile.</source>
        <translation>Die Mediendatei %1 ist nicht in diesem Profil.</translation>
    </message>
</context>
<context>
    <name>iq::MergeContactsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; look like the same person. Choose what the merged contact keeps.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt; scheinen dieselbe Person zu sein. Wählen Sie, was der zusammengeführte Kontakt behält.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>%1: keep “%2”</source>
        <translation>%1: „%2“ behalten</translation>
    </message>
    <message>
        <source>Both contacts have the same names and details.</source>
        <translation>Beide Kontakte haben dieselben Namen und Angaben.</translation>
    </message>
    <message>
        <source>%1 (not a valid number)</source>
        <translation>%1 (keine gültige Nummer)</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Nummern:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>E-Mails:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Einwilligung:</translation>
    </message>
    <message>
        <source>Both consent histories are kept. Where the two disagree for a group or a channel, the stricter answer wins: an opt-out always stays.</source>
        <translation>Beide Einwilligungsverläufe bleiben erhalten. Wo sie sich für eine Gruppe oder einen Kanal widersprechen, gilt die strengere Antwort: Ein Widerruf bleibt immer bestehen.</translation>
    </message>
    <message>
        <source>%1 will be deleted after the merge. A merge cannot be undone.</source>
        <translation>%1 wird nach dem Zusammenführen gelöscht. Das Zusammenführen kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge the two contacts</source>
        <translation>Die beiden Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Cancel the merge</source>
        <translation>Zusammenführen abbrechen</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
</context>
<context>
    <name>iq::MessageDetailPane</name>
    <message>
        <source>Message details</source>
        <translation>Nachrichtendetails</translation>
    </message>
    <message>
        <source>Select a message to see its details and status history.</source>
        <translation>Wählen Sie eine Nachricht, um ihre Details und ihren Statusverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Campaign and channel</source>
        <translation>Kampagne und Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Text as sent</source>
        <translation>Text wie gesendet</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Gesendet an:</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampagne:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(kein Kontakt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Code %1 (no description known)</source>
        <translation>Code %1 (keine Beschreibung bekannt)</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Code %2)</translation>
    </message>
</context>
<context>
    <name>iq::Notifier</name>
    <message>
        <source>Campaign failed</source>
        <translation>Kampagne fehlgeschlagen</translation>
    </message>
    <message>
        <source>Campaign sent</source>
        <translation>Kampagne gesendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be sent. The Campaigns page says why.</source>
        <translation>„%1“ konnte nicht gesendet werden. Die Seite Kampagnen nennt den Grund.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has finished: %2 delivered, %3 not delivered.</source>
        <translation>„%1“ ist abgeschlossen: %2 zugestellt, %3 nicht zugestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n new opt-out(s)</source>
        <translation>
            <numerusform>%n neue Abmeldung</numerusform>
            <numerusform>%n neue Abmeldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>a contact without a name</source>
        <translation>ein Kontakt ohne Namen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) opted out.</source>
        <translation>
            <numerusform>%1 und %n weitere Person haben sich abgemeldet.</numerusform>
            <numerusform>%1 und %n weitere Personen haben sich abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 opted out.</source>
        <translation>%1 hat sich abgemeldet.</translation>
    </message>
</context>
<context>
    <name>iq::OptOutDialog</name>
    <message>
        <source>Opt out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Confirm opt-out</source>
        <translation>Abmeldung bestätigen</translation>
    </message>
    <message>
        <source>Opt out %1?</source>
        <translation>%1 abmelden?</translation>
    </message>
    <message numerus="yes">
        <source>Opt out %n contact(s)?</source>
        <translation>
            <numerusform>%n Kontakt abmelden?</numerusform>
            <numerusform>%n Kontakte abmelden?</numerusform>
        </translation>
    </message>
    <message>
        <source>They will get no more messages on any channel, in any group. The opt-out is kept in the consent ledger and cannot be undone; opting someone back in needs a new consent record with its source.</source>
        <translation>Sie erhalten keine Nachrichten mehr, auf keinem Kanal und in keiner Gruppe. Die Abmeldung wird im Einwilligungsprotokoll festgehalten und kann nicht rückgängig gemacht werden; für eine erneute Anmeldung ist eine neue Einwilligung mit Herkunft nötig.</translation>
    </message>
    <message>
        <source>Asked in person</source>
        <translation>Persönlich verlangt</translation>
    </message>
    <message>
        <source>Where the opt-out came from</source>
        <translation>Herkunft der Abmeldung</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Herkunft:</translation>
    </message>
</context>
<context>
    <name>iq::PhoneNumberRow</name>
    <message>
        <source>mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>Number label</source>
        <translation>Nummernbezeichnung</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Number, e.g. (415) 555-0123 or +44 7400 123456</source>
        <translation>Nummer, z. B. (415) 555-0123 oder +44 7400 123456</translation>
    </message>
    <message>
        <source>Number check</source>
        <translation>Nummernprüfung</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Diese Nummer entfernen</translation>
    </message>
    <message>
        <source>Kept as typed; it will not be messaged.</source>
        <translation>Wie eingegeben behalten; an sie wird nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>iq::PhoneNumbers</name>
    <message>
        <source>The number is empty.</source>
        <translation>Die Nummer ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid country code.</source>
        <translation>„%1“ hat keine gültige Ländervorwahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>„%1“ ist zu kurz für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation>„%1“ ist zu lang für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the wrong number of digits.</source>
        <translation>„%1“ hat die falsche Anzahl an Ziffern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number in use in %2.</source>
        <translation>„%1“ ist keine in %2 vergebene Nummer.</translation>
    </message>
</context>
<context>
    <name>iq::PreferenceActions</name>
    <message>
        <source>The default region must be a two-letter country code such as US, not &quot;%1&quot;.</source>
        <translation>Die Standardregion muss ein Ländercode aus zwei Buchstaben wie US sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Quiet hours: the sending window must start before it ends (%1 to %2).</source>
        <translation>Ruhezeiten: Das Sendefenster muss beginnen, bevor es endet (%1 bis %2).</translation>
    </message>
    <message>
        <source>The sync interval must be between 1 and %1 minutes.</source>
        <translation>Das Synchronisierungsintervall muss zwischen 1 und %1 Minuten liegen.</translation>
    </message>
    <message>
        <source>Message history is kept between 1 and %1 months, or for ever.</source>
        <translation>Der Nachrichtenverlauf wird zwischen 1 und %1 Monaten oder für immer aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>iq::PreflightPanel</name>
    <message>
        <source>Pre-flight summary</source>
        <translation>Übersicht der Vorabprüfung</translation>
    </message>
    <message>
        <source>Who gets nothing and why</source>
        <translation>Wer nichts erhält und warum</translation>
    </message>
    <message>
        <source>Pre-flight running</source>
        <translation>Vorabprüfung läuft</translation>
    </message>
    <message>
        <source>Show people</source>
        <translation>Angezeigte Personen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Who gets it now</source>
        <translation>Wer sie jetzt erhält</translation>
    </message>
    <message>
        <source>Who waits for quiet hours to end</source>
        <translation>Wer auf das Ende der Ruhezeiten wartet</translation>
    </message>
    <message>
        <source>Who gets nothing</source>
        <translation>Wer nichts erhält</translation>
    </message>
    <message>
        <source>People in the audience</source>
        <translation>Personen unter den Empfängern</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Press Pre-flight to see who gets what before anything is sent.</source>
        <translation>Klicken Sie auf „Vorabprüfung“, um vor dem Senden zu sehen, wer was erhält.</translation>
    </message>
    <message>
        <source>Checking every person of the audience…</source>
        <translation>Jede Person unter den Empfängern wird geprüft…</translation>
    </message>
    <message>
        <source>The pre-flight could not run: %1</source>
        <translation>Die Vorabprüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will get this message</source>
        <translation>
            <numerusform>%n Person erhält diese Nachricht</numerusform>
            <numerusform>%n Personen erhalten diese Nachricht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them later, when their quiet hours end</source>
        <translation>
            <numerusform>, %n davon später, wenn ihre Ruhezeiten enden</numerusform>
            <numerusform>, %n davon später, wenn ihre Ruhezeiten enden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. %n person(s) get nothing.</source>
        <translation>
            <numerusform>. %n Person erhält nichts.</numerusform>
            <numerusform>. %n Personen erhalten nichts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS segment(s) in all.</source>
        <translation>
            <numerusform>%n SMS-Segment insgesamt.</numerusform>
            <numerusform>%n SMS-Segmente insgesamt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost: %1.</source>
        <translation>Geschätzte Kosten: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>iq::PreflightPeopleModel</name>
    <message>
        <source>Gets it</source>
        <translation>Erhält sie</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Quiet hours: goes out %1</source>
        <translation>Ruhezeiten: wird am %1 gesendet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>iq::PreparedStatements</name>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>iq::RecordConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <source>Consent for</source>
        <translation>Einwilligung für</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <source>All SMS</source>
        <translation>Alle SMS</translation>
    </message>
    <message>
        <source>All e-mail</source>
        <translation>Alle E-Mails</translation>
    </message>
    <message>
        <source>All voice calls</source>
        <translation>Alle Sprachanrufe</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Wie die Einwilligung erteilt wurde</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Papierformular</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Keyword reply</source>
        <translation>Antwort mit Stichwort</translation>
    </message>
    <message>
        <source>In person or by phone</source>
        <translation>Persönlich oder telefonisch</translation>
    </message>
    <message>
        <source>Source of the consent</source>
        <translation>Herkunft der Einwilligung</translation>
    </message>
    <message>
        <source>e.g. sign-up sheet at the counter, 3 March</source>
        <translation>z. B. Anmeldeliste an der Theke, 3. März</translation>
    </message>
    <message>
        <source>A new consent record needs its source: where and how the person agreed.</source>
        <translation>Eine neue Einwilligung braucht ihre Herkunft: wo und wie die Person zugestimmt hat.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Einwilligung:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Herkunft:</translation>
    </message>
</context>
<context>
    <name>iq::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a server address; use one like https://sync.example.com.</source>
        <translation>„%1“ ist keine Serveradresse; verwenden Sie eine wie https://sync.example.com.</translation>
    </message>
    <message>
        <source>%1 is not a secure address: the password and sign-in tokens would travel unencrypted. Use https:// (plain http:// is allowed only for a server on this computer, such as http://127.0.0.1).</source>
        <translation>%1 ist keine sichere Adresse: Passwort und Anmeldetokens würden unverschlüsselt übertragen. Verwenden Sie https:// (einfaches http:// ist nur für einen Server auf diesem Computer erlaubt, etwa http://127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>iq::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Preference groups</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;This profile</source>
        <translation>Dieses Pro&amp;fil</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Dateien</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Farb&amp;schema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A new language is used the next time IQ Messaging starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von IQ Messaging.</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>Hinweis zur Sprache</translation>
    </message>
    <message>
        <source>When a &amp;campaign has finished sending</source>
        <translation>Wenn eine &amp;Kampagne fertig gesendet ist</translation>
    </message>
    <message>
        <source>Notify when a campaign has finished sending</source>
        <translation>Benachrichtigen, wenn eine Kampagne fertig gesendet ist</translation>
    </message>
    <message>
        <source>When someone &amp;opts out</source>
        <translation>Wenn sich jemand a&amp;bmeldet</translation>
    </message>
    <message>
        <source>Notify when someone opts out</source>
        <translation>Benachrichtigen, wenn sich jemand abmeldet</translation>
    </message>
    <message>
        <source>Notify me:</source>
        <translation>Benachrichtigen:</translation>
    </message>
    <message>
        <source>These settings belong to the open profile and travel with it.</source>
        <translation>Diese Einstellungen gehören zum geöffneten Profil und gehen mit ihm mit.</translation>
    </message>
    <message>
        <source>Default region for numbers</source>
        <translation>Standardregion für Nummern</translation>
    </message>
    <message>
        <source>This computer&apos;s country (%1)</source>
        <translation>Land dieses Computers (%1)</translation>
    </message>
    <message>
        <source>Default &amp;region for numbers:</source>
        <translation>Standard&amp;region für Nummern:</translation>
    </message>
    <message>
        <source>Marketing messages are sent from</source>
        <translation>Werbenachrichten werden gesendet ab</translation>
    </message>
    <message>
        <source>Marketing messages are sent until</source>
        <translation>Werbenachrichten werden gesendet bis</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Send marketing &amp;from:</source>
        <translation>Werbung senden &amp;von:</translation>
    </message>
    <message>
        <source>Quiet hours: outside this window, in each recipient&apos;s local time, a marketing message waits until it opens.</source>
        <translation>Ruhezeiten: Außerhalb dieses Zeitfensters, in der Ortszeit des jeweiligen Empfängers, wartet eine Werbenachricht, bis es beginnt.</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Synchronisierungsintervall in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>&amp;Synchronisieren alle:</translation>
    </message>
    <message>
        <source>Keep message history for months</source>
        <translation>Nachrichtenverlauf für Monate aufbewahren</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>For ever</source>
        <translation>Für immer</translation>
    </message>
    <message>
        <source>&amp;Keep message history:</source>
        <translation>Nachrichtenverlauf be&amp;halten:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Manueller Proxy:</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Manueller Proxy</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Exportordner wählen</translation>
    </message>
    <message>
        <source>&amp;Exports go to:</source>
        <translation>&amp;Exporte speichern in:</translation>
    </message>
    <message>
        <source>Where export dialogs open; empty means your home folder.</source>
        <translation>Wo sich die Exportdialoge öffnen; leer bedeutet Ihr Home-Ordner.</translation>
    </message>
    <message>
        <source>Manual proxy: enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation>Manueller Proxy: Geben Sie den Hostnamen des Proxys ein oder wählen Sie eine andere Proxy-Einstellung.</translation>
    </message>
    <message>
        <source>Manual proxy: &quot;%1&quot; is not a host name.</source>
        <translation>Manueller Proxy: „%1“ ist kein Hostname.</translation>
    </message>
    <message>
        <source>Exports: the folder &quot;%1&quot; does not exist.</source>
        <translation>Exporte: Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The new language is used the next time IQ Messaging starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von IQ Messaging.</translation>
    </message>
</context>
<context>
    <name>iq::SyncApi</name>
    <message>
        <source>The server answered %1 results for %2 changes.</source>
        <translation>Der Server hat %1 Ergebnisse für %2 Änderungen geliefert.</translation>
    </message>
    <message>
        <source>Sync was stopped.</source>
        <translation>Die Synchronisierung wurde angehalten.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again to sync.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an, um zu synchronisieren.</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1).</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet (%1).</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>%1 (field &quot;%2&quot;)</source>
        <translation>%1 (Feld „%2“)</translation>
    </message>
    <message>
        <source>The server no longer knows this device&apos;s sync position.</source>
        <translation>Der Server kennt den Synchronisierungsstand dieses Geräts nicht mehr.</translation>
    </message>
    <message>
        <source>The server is busy; sync will try again later.</source>
        <translation>Der Server ist ausgelastet; die Synchronisierung wird später erneut versucht.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); sync will try again later.</source>
        <translation>Beim Server ist ein Problem aufgetreten (HTTP %1); die Synchronisierung wird später erneut versucht.</translation>
    </message>
    <message>
        <source>The e-mail or password is not right.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>That already exists.</source>
        <translation>Das gibt es bereits.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>No new account could be opened with this e-mail address and password. If the address already has an account, sign in with its password.</source>
        <translation>Mit dieser E-Mail-Adresse und diesem Passwort konnte kein neues Konto eröffnet werden. Hat die Adresse bereits ein Konto, melden Sie sich mit dessen Passwort an.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 and points to %2. Redirects are not followed, so that your password and sign-in never go to an address you did not choose; if that is the server&apos;s new address, enter it instead.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet und verweist auf %2. Weiterleitungen werden nicht befolgt, damit Ihr Passwort und Ihre Anmeldung nie an eine Adresse gehen, die Sie nicht gewählt haben; ist das die neue Adresse des Servers, geben Sie stattdessen diese ein.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
</context>
<context>
    <name>iq::SyncController</name>
    <message>
        <source>Local profile, not synced</source>
        <translation>Lokales Profil, nicht synchronisiert</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Synchronisiere mit %1…</translation>
    </message>
    <message>
        <source>Synced, but the renewed sign-in could not be saved in the keychain: %1 It is kept while the application runs and saved as soon as the keychain takes it.</source>
        <translation>Synchronisiert, aber die erneuerte Anmeldung konnte nicht im Schlüsselbund gespeichert werden: %1 Sie bleibt erhalten, solange die Anwendung läuft, und wird gespeichert, sobald der Schlüsselbund sie annimmt.</translation>
    </message>
</context>
<context>
    <name>iq::SyncEngine</name>
    <message>
        <source>The server answered for %1 %2 where %3 %4 was expected.</source>
        <translation>Der Server hat für %1 %2 geantwortet, erwartet war %3 %4.</translation>
    </message>
    <message>
        <source>Storing the sync state</source>
        <translation>Speichern des Synchronisierungsstands</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>Der Server hat sie abgelehnt: %1</translation>
    </message>
    <message>
        <source>Dropping a sent change</source>
        <translation>Gesendete Änderung entfernen</translation>
    </message>
    <message>
        <source>Recording the version of a sent change</source>
        <translation>Version einer gesendeten Änderung speichern</translation>
    </message>
    <message>
        <source>Clearing a change set aside</source>
        <translation>Zurückgestellte Änderung entfernen</translation>
    </message>
    <message>
        <source>Recording the merge base of a sent change</source>
        <translation>Zusammenführungsbasis einer gesendeten Änderung speichern</translation>
    </message>
    <message>
        <source>It is %1 KiB, more than the %2 KiB a request to the server may carry.</source>
        <translation>Sie ist %1 KiB groß, mehr als die %2 KiB, die eine Anfrage an den Server enthalten darf.</translation>
    </message>
    <message>
        <source>The record is %1 KiB, more than the %2 KiB the server keeps for one record.</source>
        <translation>Der Datensatz ist %1 KiB groß, mehr als die %2 KiB, die der Server für einen Datensatz speichert.</translation>
    </message>
    <message>
        <source>A change of %1 %2 was not sent: %3</source>
        <translation>Eine Änderung von %1 %2 wurde nicht gesendet: %3</translation>
    </message>
</context>
<context>
    <name>iq::SyncLock</name>
    <message>
        <source>A sync of this profile is already running (in IQ Messaging or iqm); try again when it has finished.</source>
        <translation>Eine Synchronisierung dieses Profils läuft bereits (in IQ Messaging oder iqm); versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>Cannot create the sync lock %1.</source>
        <translation>Die Synchronisierungssperre %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>iq::SyncProtocol</name>
    <message>
        <source>The server&apos;s reply is not understood: &quot;%1&quot; must be %2.</source>
        <translation>Die Antwort des Servers ist unverständlich: &quot;%1&quot; muss %2 sein.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON (byte %1: %2).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (Byte %1: %2).</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a whole number from 0</source>
        <translation>eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a known record type</source>
        <translation>ein bekannter Datensatztyp</translation>
    </message>
    <message>
        <source>not empty</source>
        <translation>nicht leer</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>applied, conflict or rejected</source>
        <translation>applied, conflict oder rejected</translation>
    </message>
    <message>
        <source>present on a conflict</source>
        <translation>bei einem Konflikt vorhanden</translation>
    </message>
</context>
<context>
    <name>iq::SyncStatusWidget</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungsstand</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync with the server now (F5)</source>
        <translation>Jetzt mit dem Server synchronisieren (F5)</translation>
    </message>
    <message>
        <source>Local only — sign in to sync</source>
        <translation>Nur lokal – zum Synchronisieren anmelden</translation>
    </message>
    <message>
        <source>This profile is kept on this computer only. Account &gt; Sign in connects it to an account and uploads its data.</source>
        <translation>Dieses Profil liegt nur auf diesem Computer. Konto &gt; Anmelden verbindet es mit einem Konto und lädt seine Daten hoch.</translation>
    </message>
    <message>
        <source>Signed out — sign in to sync</source>
        <translation>Abgemeldet – zum Synchronisieren anmelden</translation>
    </message>
    <message>
        <source>No keychain — working offline</source>
        <translation>Kein Schlüsselbund – offline</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source> (with problems)</source>
        <translation> (mit Problemen)</translation>
    </message>
    <message>
        <source>Offline — last synced %1, will retry</source>
        <translation>Offline – zuletzt synchronisiert %1, neuer Versuch folgt</translation>
    </message>
    <message>
        <source>Sync problem — will retry</source>
        <translation>Synchronisierungsproblem – neuer Versuch folgt</translation>
    </message>
    <message numerus="yes">
        <source> · %n change(s) to send</source>
        <translation>
            <numerusform> · %n Änderung zu senden</numerusform>
            <numerusform> · %n Änderungen zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n conflict(s) to review</source>
        <translation>
            <numerusform> · %n Konflikt zu prüfen</numerusform>
            <numerusform> · %n Konflikte zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Datensätze</translation>
    </message>
    <message numerus="yes">
        <source> · %n change(s) not sent</source>
        <translation>
            <numerusform> · %n Änderung nicht gesendet</numerusform>
            <numerusform> · %n Änderungen nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server cannot take %n change(s): too large, or refused. They stay on this computer; edit the record to send it again.</source>
        <translation>
            <numerusform>Der Server kann %n Änderung nicht annehmen: zu groß oder abgelehnt. Sie bleibt auf diesem Computer; bearbeiten Sie den Datensatz, um ihn erneut zu senden.</numerusform>
            <numerusform>Der Server kann %n Änderungen nicht annehmen: zu groß oder abgelehnt. Sie bleiben auf diesem Computer; bearbeiten Sie den Datensatz, um ihn erneut zu senden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::Theme</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>iq::TimelineActions</name>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>held for quiet hours</source>
        <translation>wegen Ruhezeiten zurückgehalten</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>undeliverable</source>
        <translation>nicht zustellbar</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>keyword reply</source>
        <translation>Antwort mit Stichwort</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>Papierformular</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>von Hand eingegeben</translation>
    </message>
    <message>
        <source>another device</source>
        <translation>anderes Gerät</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 „%2“: %3</translation>
    </message>
    <message>
        <source>%1 answer to their keyword reply: %2</source>
        <translation>Antwort (%1) auf ihre Antwort mit Stichwort: %2</translation>
    </message>
    <message>
        <source>%1 message: %2</source>
        <translation>Nachricht (%1): %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Call of “%1” to %2</source>
        <translation>Anruf der Kampagne „%1“ an %2</translation>
    </message>
    <message>
        <source>Call to %1</source>
        <translation>Anruf an %1</translation>
    </message>
    <message>
        <source>Call from %1, forwarded to %2</source>
        <translation>Anruf von %1, weitergeleitet an %2</translation>
    </message>
    <message>
        <source>Missed call from %1</source>
        <translation>Verpasster Anruf von %1</translation>
    </message>
    <message>
        <source>Voicemail from %1</source>
        <translation>Sprachnachricht von %1</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Anruf von %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n s</source>
        <translation>
            <numerusform>%1, %n s</numerusform>
            <numerusform>%1, %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>a deleted group</source>
        <translation>eine gelöschte Gruppe</translation>
    </message>
    <message>
        <source>Keyword reply: %1 for %2</source>
        <translation>Antwort mit Stichwort: %1 für %2</translation>
    </message>
    <message>
        <source>Replied “%1”: %2 for %3</source>
        <translation>Antwortete „%1“: %2 für %3</translation>
    </message>
    <message>
        <source>%1 for %2 (%3)</source>
        <translation>%1 für %2 (%3)</translation>
    </message>
    <message>
        <source>added as a new contact</source>
        <translation>als neuer Kontakt angelegt</translation>
    </message>
    <message>
        <source>details updated</source>
        <translation>Angaben aktualisiert</translation>
    </message>
    <message>
        <source>added to %1</source>
        <translation>zu %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Import of %1: %2</source>
        <translation>Import von %1: %2</translation>
    </message>
    <message>
        <source>%1 (rolled back)</source>
        <translation>%1 (rückgängig gemacht)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation>Zusammengeführt mit %1</translation>
    </message>
</context>
<context>
    <name>iq::TokenStore</name>
    <message>
        <source>No sign-in is stored for %1.</source>
        <translation>Für %1 ist keine Anmeldung gespeichert.</translation>
    </message>
</context>
<context>
    <name>iq::VCardReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Line %1: the card that starts here has no END:VCARD.</source>
        <translation>Zeile %1: Der hier beginnenden Karte fehlt END:VCARD.</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 cards; this card and the ones after it are not read.</source>
        <translation>Zeile %1: Die Datei enthält mehr als %2 Karten; diese und alle folgenden Karten werden nicht gelesen.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2; the card that starts on line %3 is skipped.</source>
        <translation>Zeile %1 ist länger als %2; die Karte ab Zeile %3 wird übersprungen.</translation>
    </message>
    <message>
        <source>Line %1: the card that starts here is larger than %2 (at line %3); it is skipped.</source>
        <translation>Zeile %1: Die hier beginnende Karte ist größer als %2 (bei Zeile %3); sie wird übersprungen.</translation>
    </message>
</context>
<context>
    <name>iq::VoicePreview</name>
    <message>
        <source>No speech engine on this computer</source>
        <translation>Keine Sprachausgabe auf diesem Computer</translation>
    </message>
    <message>
        <source>The speech engine does not work</source>
        <translation>Die Sprachausgabe funktioniert nicht</translation>
    </message>
    <message>
        <source>Reading aloud is not part of this build</source>
        <translation>Vorlesen ist in dieser Version nicht enthalten</translation>
    </message>
    <message>
        <source>No audio device on this computer</source>
        <translation>Kein Audiogerät auf diesem Computer</translation>
    </message>
    <message>
        <source>Playing recordings is not part of this build</source>
        <translation>Das Abspielen von Aufnahmen ist in dieser Version nicht enthalten</translation>
    </message>
</context>
<context>
    <name>iq::WelcomeDialog</name>
    <message>
        <source>Welcome to IQ Messaging</source>
        <translation>Willkommen bei IQ Messaging</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to IQ Messaging&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei IQ Messaging&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Message the customers who opted in, by SMS, e-mail and voice. How would you like to start?</source>
        <translation>Schreiben Sie den Kunden, die eingewilligt haben, per SMS, E-Mail und Sprache. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>Wie beginnen</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>Die &amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>A server on this computer with a small shop&apos;s contacts, groups and templates. Nothing is sent.</source>
        <translation>Ein Server auf diesem Computer mit Kontakten, Gruppen und Vorlagen eines kleinen Ladens. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Needs the IQ Messaging server (iqmsgd), which is not installed.</source>
        <translation>Braucht den IQ-Messaging-Server (iqmsgd), der nicht installiert ist.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Use the account you already have, and sync with it.</source>
        <translation>Ihr bestehendes Konto verwenden und damit synchronisieren.</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>Konto &amp;erstellen</translation>
    </message>
    <message>
        <source>Sync your contacts and campaigns between your computers.</source>
        <translation>Kontakte und Kampagnen zwischen Ihren Computern synchronisieren.</translation>
    </message>
    <message>
        <source>&amp;Work on this computer only</source>
        <translation>Nur auf diesem Computer &amp;arbeiten</translation>
    </message>
    <message>
        <source>No account: everything stays here. You can sign in later from the Account menu.</source>
        <translation>Kein Konto: Alles bleibt hier. Sie können sich später über das Menü Konto anmelden.</translation>
    </message>
</context>
<context>
    <name>iq::WelcomeFlow</name>
    <message>
        <source>The demo could not start</source>
        <translation>Die Demo konnte nicht starten</translation>
    </message>
    <message>
        <source>%1

You can keep working on this computer.</source>
        <translation>%1

Sie können auf diesem Computer weiterarbeiten.</translation>
    </message>
</context>
<context>
    <name>iq::campaign::DeliveryErrors</name>
    <message>
        <source>The handset was off or out of reach</source>
        <translation>Das Telefon war ausgeschaltet oder nicht erreichbar</translation>
    </message>
    <message>
        <source>The carrier reported an unknown error</source>
        <translation>Der Netzbetreiber meldete einen unbekannten Fehler</translation>
    </message>
    <message>
        <source>The number is not in service</source>
        <translation>Die Nummer ist nicht vergeben</translation>
    </message>
    <message>
        <source>The number is a landline or its carrier cannot take messages</source>
        <translation>Die Nummer ist ein Festnetzanschluss oder ihr Netzbetreiber kann keine Nachrichten annehmen</translation>
    </message>
    <message>
        <source>Blocked by the carrier as spam</source>
        <translation>Vom Netzbetreiber als Spam blockiert</translation>
    </message>
    <message>
        <source>The line was busy</source>
        <translation>Die Leitung war besetzt</translation>
    </message>
    <message>
        <source>Nobody answered the call</source>
        <translation>Niemand hat den Anruf angenommen</translation>
    </message>
</context>
<context>
    <name>iq::campaign::RecipientRules</name>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>No consent for marketing</source>
        <translation>Keine Einwilligung für Werbung</translation>
    </message>
    <message>
        <source>No valid phone number</source>
        <translation>Keine gültige Telefonnummer</translation>
    </message>
    <message>
        <source>Not a mobile number</source>
        <translation>Keine Mobilnummer</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Same address as another recipient</source>
        <translation>Gleiche Adresse wie ein anderer Empfänger</translation>
    </message>
    <message>
        <source>Personalized message is empty</source>
        <translation>Personalisierte Nachricht ist leer</translation>
    </message>
</context>
<context>
    <name>iq::cli</name>
    <message>
        <source>The command-line companion of IQ Messaging: everything the desktop application does with data, from a terminal or a script.</source>
        <translation>Das Befehlszeilenwerkzeug zu IQ Messaging: alles, was die Desktop-Anwendung mit Daten macht, aus einem Terminal oder Skript.</translation>
    </message>
</context>
<context>
    <name>iq::cli::Text</name>
    <message>
        <source>Create an account on a server and connect this profile to it.</source>
        <translation>Ein Konto auf einem Server anlegen und dieses Profil damit verbinden.</translation>
    </message>
    <message>
        <source>Sign in to an account and connect a profile to it.</source>
        <translation>Bei einem Konto anmelden und ein Profil damit verbinden.</translation>
    </message>
    <message>
        <source>The server&apos;s address, e.g. https://sync.example.com.</source>
        <translation>Die Adresse des Servers, z. B. https://sync.example.com.</translation>
    </message>
    <message>
        <source>The account&apos;s e-mail address.</source>
        <translation>Die E-Mail-Adresse des Kontos.</translation>
    </message>
    <message>
        <source>Your name or your business&apos;s.</source>
        <translation>Ihr Name oder der Ihres Geschäfts.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name ist erforderlich.</translation>
    </message>
    <message>
        <source>--password-stdin is required: the password is read from standard input, never from the command line.</source>
        <translation>--password-stdin ist erforderlich: Das Passwort wird von der Standardeingabe gelesen, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Kein Passwort auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Account %1 created; profile %2 is connected to it.</source>
        <translation>Konto %1 angelegt; Profil %2 ist damit verbunden.</translation>
    </message>
    <message>
        <source>Signed in as %1; profile %2 is connected.</source>
        <translation>Angemeldet als %1; Profil %2 ist verbunden.</translation>
    </message>
    <message>
        <source>This was the first sign-in from this device; the account records it.</source>
        <translation>Dies war die erste Anmeldung von diesem Gerät; das Konto vermerkt sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) will be uploaded by &apos;iqm sync&apos;.</source>
        <translation>
            <numerusform>%n lokale Änderung wird von &apos;iqm sync&apos; hochgeladen.</numerusform>
            <numerusform>%n lokale Änderungen werden von &apos;iqm sync&apos; hochgeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign this profile out: the server forgets this device&apos;s session and the keychain its tokens. The profile&apos;s data stays.</source>
        <translation>Dieses Profil abmelden: Der Server vergisst die Sitzung dieses Geräts und der Schlüsselbund die Tokens. Die Daten des Profils bleiben erhalten.</translation>
    </message>
    <message>
        <source>Signed out of %1. The profile&apos;s data stays on this computer.</source>
        <translation>Von %1 abgemeldet. Die Daten des Profils bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>List the profiles and their accounts.</source>
        <translation>Die Profile und ihre Konten auflisten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>No accounts yet. Sign in with &apos;iqm account login&apos;.</source>
        <translation>Noch keine Konten. Melden Sie sich mit &apos;iqm account login&apos; an.</translation>
    </message>
    <message>
        <source>(local only)</source>
        <translation>(nur lokal)</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>Make another profile the one iqm and the application open by default.</source>
        <translation>Ein anderes Profil zu dem machen, das iqm und die Anwendung standardmäßig öffnen.</translation>
    </message>
    <message>
        <source>An e-mail address or a profile folder.</source>
        <translation>Eine E-Mail-Adresse oder ein Profilordner.</translation>
    </message>
    <message>
        <source>No profile or account &quot;%1&quot;; &apos;iqm account list&apos; shows them.</source>
        <translation>Kein Profil oder Konto „%1“; &apos;iqm account list&apos; zeigt sie an.</translation>
    </message>
    <message>
        <source>Now using %1.</source>
        <translation>Jetzt wird %1 verwendet.</translation>
    </message>
    <message>
        <source>Send this profile&apos;s changes to the server and receive the others&apos;.</source>
        <translation>Die Änderungen dieses Profils an den Server senden und die der anderen empfangen.</translation>
    </message>
    <message>
        <source>Print what happened as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Pushed %1, pulled %2, conflicts %3.</source>
        <translation>Gesendet %1, empfangen %2, Konflikte %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review in the application.</source>
        <translation>
            <numerusform>%n Konflikt ist in der Anwendung zu prüfen.</numerusform>
            <numerusform>%n Konflikte sind in der Anwendung zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an account and connect this profile</source>
        <translation>Konto anlegen und dieses Profil verbinden</translation>
    </message>
    <message>
        <source>Sign in and connect a profile</source>
        <translation>Anmelden und ein Profil verbinden</translation>
    </message>
    <message>
        <source>Sign this profile out</source>
        <translation>Dieses Profil abmelden</translation>
    </message>
    <message>
        <source>List profiles and their accounts</source>
        <translation>Profile und ihre Konten auflisten</translation>
    </message>
    <message>
        <source>Open another profile by default</source>
        <translation>Standardmäßig ein anderes Profil öffnen</translation>
    </message>
    <message>
        <source>Sync this profile with its account</source>
        <translation>Dieses Profil mit seinem Konto synchronisieren</translation>
    </message>
    <message>
        <source>Run &apos;iqm --help&apos; for usage.</source>
        <translation>&apos;iqm --help&apos; zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt; instead of the default.</source>
        <translation>Das Profil in &lt;dir&gt; statt des Standardprofils verwenden.</translation>
    </message>
    <message>
        <source>iqm %1: missing argument.</source>
        <translation>iqm %1: Argument fehlt.</translation>
    </message>
    <message>
        <source>iqm %1: unexpected argument &quot;%2&quot;.</source>
        <translation>iqm %1: unerwartetes Argument „%2“.</translation>
    </message>
    <message>
        <source>Usage: iqm [--profile DIR] COMMAND [options]</source>
        <translation>Verwendung: iqm [--profile DIR] COMMAND [options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Use the profile in DIR (default: $IQM_PROFILE, then the application&apos;s data folder).</source>
        <translation>Das Profil in DIR verwenden (Standard: $IQM_PROFILE, dann der Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Die Version ausgeben.</translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation>Diese Hilfe ausgeben.</translation>
    </message>
    <message>
        <source>Run &apos;iqm COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>&apos;iqm COMMAND --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile braucht einen Ordner.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Add a contact to the profile.</source>
        <translation>Einen Kontakt zum Profil hinzufügen.</translation>
    </message>
    <message>
        <source>Given name.</source>
        <translation>Vorname.</translation>
    </message>
    <message>
        <source>Middle name.</source>
        <translation>Zweiter Vorname.</translation>
    </message>
    <message>
        <source>Family name.</source>
        <translation>Nachname.</translation>
    </message>
    <message>
        <source>Company or organization.</source>
        <translation>Firma oder Organisation.</translation>
    </message>
    <message>
        <source>A phone number (repeat for several).</source>
        <translation>Eine Telefonnummer (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>An e-mail address (repeat for several).</source>
        <translation>Eine E-Mail-Adresse (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Add to this group, creating it if needed (repeat for several).</source>
        <translation>Zu dieser Gruppe hinzufügen, bei Bedarf anlegen (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Consent recorded for the groups: opted-in, opted-out, pending or unknown (default).</source>
        <translation>Einwilligung für die Gruppen: opted-in, opted-out, pending oder unknown (Standard).</translation>
    </message>
    <message>
        <source>Where the consent came from, e.g. &quot;paper form&quot;.</source>
        <translation>Herkunft der Einwilligung, z. B. „Papierformular“.</translation>
    </message>
    <message>
        <source>Print the new contact as JSON.</source>
        <translation>Den neuen Kontakt als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--consent must be opted-in, opted-out, pending or unknown, not &quot;%1&quot;.</source>
        <translation>--consent muss opted-in, opted-out, pending oder unknown sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Added %1 (%2)</source>
        <translation>%1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>warning: &quot;%1&quot; is not a valid phone number; kept as typed.</source>
        <translation>Warnung: „%1“ ist keine gültige Telefonnummer; wie eingegeben übernommen.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Show one contact as JSON.</source>
        <translation>Einen Kontakt als JSON anzeigen.</translation>
    </message>
    <message>
        <source>The contact&apos;s id.</source>
        <translation>Die ID des Kontakts.</translation>
    </message>
    <message>
        <source>Delete a contact.</source>
        <translation>Einen Kontakt löschen.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>List contacts</source>
        <translation>Kontakte auflisten</translation>
    </message>
    <message>
        <source>Show one contact as JSON</source>
        <translation>Einen Kontakt als JSON anzeigen</translation>
    </message>
    <message>
        <source>Delete a contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Create the profile (folder and database) if it does not exist yet.</source>
        <translation>Das Profil (Ordner und Datenbank) anlegen, falls es noch nicht existiert.</translation>
    </message>
    <message>
        <source>Profile ready at %1</source>
        <translation>Profil bereit unter %1</translation>
    </message>
    <message>
        <source>Show where the profile is and what it holds.</source>
        <translation>Anzeigen, wo das Profil liegt und was es enthält.</translation>
    </message>
    <message>
        <source>Profile:        %1</source>
        <translation>Profil:         %1</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>Datenbank:      %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion:  %1</translation>
    </message>
    <message>
        <source>Contacts:       %1</source>
        <translation>Kontakte:       %1</translation>
    </message>
    <message>
        <source>Groups:         %1</source>
        <translation>Gruppen:        %1</translation>
    </message>
    <message>
        <source>Unsynced:       %1</source>
        <translation>Nicht synchr.:  %1</translation>
    </message>
    <message>
        <source>Create the profile if it does not exist</source>
        <translation>Profil anlegen, falls es noch nicht existiert</translation>
    </message>
    <message>
        <source>Show the profile&apos;s folder, schema and counts</source>
        <translation>Ordner, Schema und Anzahlen des Profils anzeigen</translation>
    </message>
    <message>
        <source>Render a message template for one contact or for given data.</source>
        <translation>Eine Nachrichtenvorlage für einen Kontakt oder für angegebene Daten ausfüllen.</translation>
    </message>
    <message>
        <source>Read the template from FILE (UTF-8).</source>
        <translation>Die Vorlage aus FILE lesen (UTF-8).</translation>
    </message>
    <message>
        <source>The template itself.</source>
        <translation>Die Vorlage selbst.</translation>
    </message>
    <message>
        <source>Render for the contact with this id.</source>
        <translation>Für den Kontakt mit dieser ID ausfüllen.</translation>
    </message>
    <message>
        <source>With --contact: the group name {{group}} prints (default: the contact&apos;s first group).</source>
        <translation>Mit --contact: der Gruppenname, den {{group}} ausgibt (Standard: die erste Gruppe des Kontakts).</translation>
    </message>
    <message>
        <source>Render with this JSON object instead of a contact.</source>
        <translation>Mit diesem JSON-Objekt statt eines Kontakts ausfüllen.</translation>
    </message>
    <message>
        <source>sms (default), email-html, email-text or voice; email-html escapes values for HTML.</source>
        <translation>sms (Standard), email-html, email-text oder voice; email-html maskiert Werte für HTML.</translation>
    </message>
    <message>
        <source>Print a JSON object: the text, the fallbacks used, warnings and, for SMS, the segments.</source>
        <translation>Ein JSON-Objekt ausgeben: den Text, die verwendeten Ersatzwerte, Warnungen und bei SMS die Segmente.</translation>
    </message>
    <message>
        <source>Give the template with either --template FILE or --text TEMPLATE.</source>
        <translation>Geben Sie die Vorlage entweder mit --template FILE oder mit --text TEMPLATE an.</translation>
    </message>
    <message>
        <source>Say whom to render for with either --contact ID or --data JSON.</source>
        <translation>Geben Sie mit --contact ID oder --data JSON an, für wen ausgefüllt wird.</translation>
    </message>
    <message>
        <source>--channel must be sms, email-html, email-text or voice, not &quot;%1&quot;.</source>
        <translation>--channel muss sms, email-html, email-text oder voice sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot read the template &quot;%1&quot;: %2.</source>
        <translation>Die Vorlage „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>--data is not valid JSON at byte %1: %2.</source>
        <translation>--data ist bei Byte %1 kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <source>--data must be a JSON object, like {&quot;first_name&quot;: &quot;Ann&quot;}.</source>
        <translation>--data muss ein JSON-Objekt sein, etwa {&quot;first_name&quot;: &quot;Ann&quot;}.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Count the SMS segments of a message. Without TEXT, each line of standard input is a JSON string; one JSON object is printed per message.</source>
        <translation>Die SMS-Segmente einer Nachricht zählen. Ohne TEXT ist jede Zeile der Standardeingabe eine JSON-Zeichenkette; pro Nachricht wird ein JSON-Objekt ausgegeben.</translation>
    </message>
    <message>
        <source>The message.</source>
        <translation>Die Nachricht.</translation>
    </message>
    <message>
        <source>Line %1 of the input is not a JSON string (like &quot;Hello&quot;).</source>
        <translation>Zeile %1 der Eingabe ist keine JSON-Zeichenkette (wie &quot;Hello&quot;).</translation>
    </message>
    <message>
        <source>Render a template for a contact or JSON data</source>
        <translation>Vorlage für einen Kontakt oder JSON-Daten ausfüllen</translation>
    </message>
    <message>
        <source>Count SMS segments and the encoding of messages</source>
        <translation>SMS-Segmente und Kodierung von Nachrichten ermitteln</translation>
    </message>
    <message>
        <source>List the profile&apos;s contacts, sorted by name.</source>
        <translation>Die Kontakte des Profils auflisten, nach Namen sortiert.</translation>
    </message>
    <message>
        <source>Only contacts whose names or e-mails start with these words, or whose numbers contain these digits.</source>
        <translation>Nur Kontakte, deren Namen oder E-Mails mit diesen Wörtern beginnen oder deren Nummern diese Ziffern enthalten.</translation>
    </message>
    <message>
        <source>Only members of this group (name or id).</source>
        <translation>Nur Mitglieder dieser Gruppe (Name oder ID).</translation>
    </message>
    <message>
        <source>Only contacts with this consent: opted-in, opted-out, pending or unknown.</source>
        <translation>Nur Kontakte mit dieser Einwilligung: opted-in, opted-out, pending oder unknown.</translation>
    </message>
    <message>
        <source>Opt a contact out of every channel and group. Recorded in the consent ledger with its source; opting back in needs a new consent record.</source>
        <translation>Einen Kontakt von allen Kanälen und Gruppen abmelden. Wird mit Herkunft im Einwilligungsprotokoll festgehalten; eine erneute Anmeldung braucht eine neue Einwilligung.</translation>
    </message>
    <message>
        <source>Where the opt-out came from, e.g. &quot;STOP reply&quot; (required).</source>
        <translation>Herkunft der Abmeldung, z. B. „Antwort STOP“ (erforderlich).</translation>
    </message>
    <message>
        <source>--source is required: say where the opt-out came from.</source>
        <translation>--source ist erforderlich: Geben Sie an, woher die Abmeldung kam.</translation>
    </message>
    <message>
        <source>Opted out %1 (%2)</source>
        <translation>%1 abgemeldet (%2)</translation>
    </message>
    <message>
        <source>Opt a contact out of everything</source>
        <translation>Einen Kontakt von allem abmelden</translation>
    </message>
    <message>
        <source>Create a group.</source>
        <translation>Eine Gruppe anlegen.</translation>
    </message>
    <message>
        <source>The new group&apos;s name.</source>
        <translation>Name der neuen Gruppe.</translation>
    </message>
    <message>
        <source>What the group is for.</source>
        <translation>Wofür die Gruppe ist.</translation>
    </message>
    <message>
        <source>Print the new group as JSON.</source>
        <translation>Die neue Gruppe als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Added group %1 (%2)</source>
        <translation>Gruppe %1 angelegt (%2)</translation>
    </message>
    <message>
        <source>List the groups with their member and opted-in counts.</source>
        <translation>Die Gruppen mit der Zahl ihrer Mitglieder und Eingewilligten auflisten.</translation>
    </message>
    <message>
        <source>%1 members, %2 opted in</source>
        <translation>%1 Mitglieder, %2 eingewilligt</translation>
    </message>
    <message>
        <source>Rename a group.</source>
        <translation>Eine Gruppe umbenennen.</translation>
    </message>
    <message>
        <source>The group&apos;s name or id.</source>
        <translation>Name oder ID der Gruppe.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Ihr neuer Name.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Delete a group. Its contacts and the consent history stay.</source>
        <translation>Eine Gruppe löschen. Ihre Kontakte und der Verlauf der Einwilligungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Deleted group %1</source>
        <translation>Gruppe %1 gelöscht</translation>
    </message>
    <message>
        <source>List a group&apos;s members with their consent in it.</source>
        <translation>Die Mitglieder einer Gruppe mit ihrer Einwilligung darin auflisten.</translation>
    </message>
    <message>
        <source>Add a contact to a group, recording their consent in the ledger.</source>
        <translation>Einen Kontakt einer Gruppe hinzufügen und seine Einwilligung im Protokoll festhalten.</translation>
    </message>
    <message>
        <source>opted-in, opted-out, pending or unknown (default); opted-in needs --source.</source>
        <translation>opted-in, opted-out, pending oder unknown (Standard); opted-in braucht --source.</translation>
    </message>
    <message>
        <source>Where the consent came from.</source>
        <translation>Herkunft der Einwilligung.</translation>
    </message>
    <message>
        <source>Opting in needs --source: say where the consent came from.</source>
        <translation>Eine Einwilligung braucht --source: Geben Sie an, woher sie kam.</translation>
    </message>
    <message>
        <source>Added %1 to %2 (%3)</source>
        <translation>%1 zu %2 hinzugefügt (%3)</translation>
    </message>
    <message>
        <source>Remove a contact from a group. The consent history stays.</source>
        <translation>Einen Kontakt aus einer Gruppe entfernen. Der Verlauf der Einwilligungen bleibt erhalten.</translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation>%1 aus %2 entfernt</translation>
    </message>
    <message>
        <source>Create a group</source>
        <translation>Eine Gruppe anlegen</translation>
    </message>
    <message>
        <source>List groups with member counts</source>
        <translation>Gruppen mit Mitgliederzahl auflisten</translation>
    </message>
    <message>
        <source>Rename a group</source>
        <translation>Eine Gruppe umbenennen</translation>
    </message>
    <message>
        <source>Delete a group</source>
        <translation>Eine Gruppe löschen</translation>
    </message>
    <message>
        <source>List a group&apos;s members and consent</source>
        <translation>Mitglieder und Einwilligungen einer Gruppe auflisten</translation>
    </message>
    <message>
        <source>Add a contact to a group</source>
        <translation>Einen Kontakt einer Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove a contact from a group</source>
        <translation>Einen Kontakt aus einer Gruppe entfernen</translation>
    </message>
    <message>
        <source>File: %1 (%2, %3%4)</source>
        <translation>Datei: %1 (%2, %3%4)</translation>
    </message>
    <message>
        <source>delimiter %1</source>
        <translation>Trennzeichen %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>Group memberships added: %1</source>
        <translation>Hinzugefügte Gruppenmitgliedschaften: %1</translation>
    </message>
    <message>
        <source>Recorded as opted out: %1</source>
        <translation>Als abgemeldet erfasst: %1</translation>
    </message>
    <message>
        <source>Rejected rows written to %1 (%2 rows)</source>
        <translation>Abgelehnte Zeilen in %1 geschrieben (%2 Zeilen)</translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file. Prints the plan with --dry-run.</source>
        <translation>Kontakte aus einer CSV- oder vCard-Datei importieren. Mit --dry-run wird der Plan ausgegeben.</translation>
    </message>
    <message>
        <source>The CSV or vCard file.</source>
        <translation>Die CSV- oder vCard-Datei.</translation>
    </message>
    <message>
        <source>Region for numbers without a country code, e.g. US.</source>
        <translation>Region für Nummern ohne Ländervorwahl, z. B. US.</translation>
    </message>
    <message>
        <source>Add everyone imported to this group (repeat for several).</source>
        <translation>Alle Importierten dieser Gruppe hinzufügen (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>When a row matches a contact by number or e-mail: skip (default), update (fill empty fields) or overwrite.</source>
        <translation>Wenn eine Zeile über Nummer oder E-Mail zu einem Kontakt passt: skip (Standard), update (leere Felder füllen) oder overwrite.</translation>
    </message>
    <message>
        <source>Consent to record for the groups: opted-in, opted-out, pending or unknown (default).</source>
        <translation>Für die Gruppen zu erfassende Einwilligung: opted-in, opted-out, pending oder unknown (Standard).</translation>
    </message>
    <message>
        <source>Where that consent came from, e.g. &quot;paper sign-up sheet, March 2026&quot;.</source>
        <translation>Herkunft dieser Einwilligung, z. B. „Anmeldeliste auf Papier, März 2026“.</translation>
    </message>
    <message>
        <source>Use a column mapping saved with --save-mapping.</source>
        <translation>Eine mit --save-mapping gespeicherte Spaltenzuordnung verwenden.</translation>
    </message>
    <message>
        <source>Save the column mapping used to this file.</source>
        <translation>Die verwendete Spaltenzuordnung in dieser Datei speichern.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding (default: detected).</source>
        <translation>Zeichenkodierung der Datei (Standard: erkannt).</translation>
    </message>
    <message>
        <source>comma, semicolon, tab or pipe (default: detected).</source>
        <translation>comma, semicolon, tab oder pipe (Standard: erkannt).</translation>
    </message>
    <message>
        <source>The first row is data, not column names.</source>
        <translation>Die erste Zeile enthält Daten, keine Spaltennamen.</translation>
    </message>
    <message>
        <source>Drop columns that map to no field instead of keeping them as custom fields.</source>
        <translation>Spalten ohne zugeordnetes Feld verwerfen, statt sie als eigene Felder zu behalten.</translation>
    </message>
    <message>
        <source>Write the rows not imported, with a reason, to this CSV.</source>
        <translation>Die nicht importierten Zeilen mit Begründung in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Show what would happen; change nothing.</source>
        <translation>Zeigen, was passieren würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Report progress on standard error.</source>
        <translation>Fortschritt auf der Standardfehlerausgabe melden.</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or overwrite, not &quot;%1&quot;.</source>
        <translation>--on-duplicate muss skip, update oder overwrite sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--consent opted-in needs --consent-source saying where the consent came from.</source>
        <translation>--consent opted-in braucht --consent-source mit der Herkunft der Einwilligung.</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon, tab or pipe.</source>
        <translation>--delimiter muss comma, semicolon, tab oder pipe sein.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Die Zuordnung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message>
        <source>(opted out)</source>
        <translation>(abgemeldet)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Cannot save the mapping to %1: %2</source>
        <translation>Die Zuordnung kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Imported. To undo: iqm contacts import-rollback %1</source>
        <translation>Importiert. Zum Rückgängigmachen: iqm contacts import-rollback %1</translation>
    </message>
    <message>
        <source>Undo an import as a whole.</source>
        <translation>Einen Import vollständig rückgängig machen.</translation>
    </message>
    <message>
        <source>The id the import printed.</source>
        <translation>Die vom Import ausgegebene ID.</translation>
    </message>
    <message>
        <source>Rolled back the import of %1: %2 contacts removed, %3 restored, %4 group memberships removed, %5 groups removed.</source>
        <translation>Import von %1 rückgängig gemacht: %2 Kontakte entfernt, %3 wiederhergestellt, %4 Gruppenmitgliedschaften entfernt, %5 Gruppen entfernt.</translation>
    </message>
    <message>
        <source>List past imports.</source>
        <translation>Frühere Importe auflisten.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated</source>
        <translation>%1 neu, %2 aktualisiert</translation>
    </message>
    <message>
        <source>(rolled back)</source>
        <translation>(rückgängig gemacht)</translation>
    </message>
    <message>
        <source>Export contacts to CSV (the layout import reads back) or vCard 4.0.</source>
        <translation>Kontakte als CSV (im Format, das der Import wieder einliest) oder vCard 4.0 exportieren.</translation>
    </message>
    <message>
        <source>Where to write; - for standard output.</source>
        <translation>Ziel; - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>csv (default) or vcard.</source>
        <translation>csv (Standard) oder vcard.</translation>
    </message>
    <message>
        <source>Only the members of this group.</source>
        <translation>Nur die Mitglieder dieser Gruppe.</translation>
    </message>
    <message>
        <source>Only contacts whose name, number or e-mail contains this.</source>
        <translation>Nur Kontakte, deren Name, Nummer oder E-Mail dies enthält.</translation>
    </message>
    <message>
        <source>Write cells exactly, without the apostrophe that stops spreadsheets running cells starting with = + - @ as formulas.</source>
        <translation>Zellen unverändert schreiben, ohne den Apostroph, der verhindert, dass Tabellenkalkulationen Zellen mit = + - @ am Anfang als Formeln ausführen.</translation>
    </message>
    <message>
        <source>--format must be csv or vcard, not &quot;%1&quot;.</source>
        <translation>--format muss csv oder vcard sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Schreiben auf die Standardausgabe nicht möglich.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2</source>
        <translation>%1 Kontakte nach %2 exportiert</translation>
    </message>
    <message>
        <source>Import contacts from CSV or vCard (--dry-run: the plan)</source>
        <translation>Kontakte aus CSV oder vCard importieren (--dry-run: der Plan)</translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>Einen Import rückgängig machen</translation>
    </message>
    <message>
        <source>List past imports</source>
        <translation>Frühere Importe auflisten</translation>
    </message>
    <message>
        <source>Export contacts to CSV or vCard</source>
        <translation>Kontakte als CSV oder vCard exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the server cannot take stay on this computer.</source>
        <translation>
            <numerusform>%n Änderung, die der Server nicht annehmen kann, bleibt auf diesem Computer.</numerusform>
            <numerusform>%n Änderungen, die der Server nicht annehmen kann, bleiben auf diesem Computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain: %1 Sign in again with &apos;iqm account login&apos;.</source>
        <translation>Die erneuerte Anmeldung konnte nicht im Schlüsselbund gespeichert werden: %1 Melden Sie sich mit &apos;iqm account login&apos; erneut an.</translation>
    </message>
    <message>
        <source>deleted on another device, edited here</source>
        <translation>auf einem anderen Gerät gelöscht, hier bearbeitet</translation>
    </message>
    <message>
        <source>deleted here, edited on another device</source>
        <translation>hier gelöscht, auf einem anderen Gerät bearbeitet</translation>
    </message>
    <message>
        <source>%1: this computer had %2, the server kept %3</source>
        <translation>%1: Dieser Computer hatte %2, der Server behielt %3</translation>
    </message>
    <message>
        <source>List the conflicts syncs kept for review, oldest first.</source>
        <translation>Die zur Prüfung behaltenen Synchronisierungskonflikte auflisten, die ältesten zuerst.</translation>
    </message>
    <message>
        <source>Close a conflict: keep the server&apos;s value, or put this computer&apos;s back (it goes out with the next sync).</source>
        <translation>Einen Konflikt schließen: den Wert des Servers behalten oder den dieses Computers wiederherstellen (er wird mit der nächsten Synchronisierung gesendet).</translation>
    </message>
    <message>
        <source>The conflict&apos;s number, as &apos;iqm sync conflicts&apos; shows it.</source>
        <translation>Die Nummer des Konflikts, wie &apos;iqm sync conflicts&apos; sie zeigt.</translation>
    </message>
    <message>
        <source>server or local.</source>
        <translation>server oder local.</translation>
    </message>
    <message>
        <source>--keep must be server or local, not &quot;%1&quot;.</source>
        <translation>--keep muss server oder local sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Say which value stays with --keep server or --keep local.</source>
        <translation>Geben Sie mit --keep server oder --keep local an, welcher Wert bleibt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conflict number; &apos;iqm sync conflicts&apos; lists them.</source>
        <translation>„%1“ ist keine Konfliktnummer; &apos;iqm sync conflicts&apos; listet sie auf.</translation>
    </message>
    <message>
        <source>Conflict %1: this computer&apos;s value is back and goes out with the next sync.</source>
        <translation>Konflikt %1: Der Wert dieses Computers ist wiederhergestellt und wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Conflict %1: the server&apos;s value stays.</source>
        <translation>Konflikt %1: Der Wert des Servers bleibt.</translation>
    </message>
    <message>
        <source>List the conflicts syncs kept for review</source>
        <translation>Zur Prüfung behaltene Synchronisierungskonflikte auflisten</translation>
    </message>
    <message>
        <source>Keep the server&apos;s or this computer&apos;s value of a conflict</source>
        <translation>Bei einem Konflikt den Wert des Servers oder dieses Computers behalten</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The name the library shows.</source>
        <translation>Der Name, den die Bibliothek zeigt.</translation>
    </message>
    <message>
        <source>sms, email, voice or snippet.</source>
        <translation>sms, email, voice oder snippet.</translation>
    </message>
    <message>
        <source>The e-mail&apos;s subject.</source>
        <translation>Der Betreff der E-Mail.</translation>
    </message>
    <message>
        <source>The text: SMS, plain e-mail, voice script or snippet.</source>
        <translation>Der Text: SMS, reine Text-E-Mail, Sprachskript oder Baustein.</translation>
    </message>
    <message>
        <source>Read the text from FILE (UTF-8; - for standard input).</source>
        <translation>Den Text aus FILE lesen (UTF-8; - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>The e-mail&apos;s HTML body.</source>
        <translation>Der HTML-Inhalt der E-Mail.</translation>
    </message>
    <message>
        <source>Read the HTML body from FILE (UTF-8; - for standard input).</source>
        <translation>Den HTML-Inhalt aus FILE lesen (UTF-8; - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>A tag; repeat for several. Replaces the tags it had.</source>
        <translation>Ein Schlagwort; für mehrere wiederholen. Ersetzt die bisherigen Schlagwörter.</translation>
    </message>
    <message>
        <source>Print the saved item as JSON.</source>
        <translation>Den gespeicherten Eintrag als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Give either --%1 or --%2, not both.</source>
        <translation>Geben Sie entweder --%1 oder --%2 an, nicht beides.</translation>
    </message>
    <message>
        <source>--kind must be one of %1, not &quot;%2&quot;.</source>
        <translation>--kind muss eines von %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>List the content library: saved messages and snippets.</source>
        <translation>Die Inhaltsbibliothek auflisten: gespeicherte Nachrichten und Bausteine.</translation>
    </message>
    <message>
        <source>Only this kind: sms, email, voice or snippet.</source>
        <translation>Nur diese Art: sms, email, voice oder snippet.</translation>
    </message>
    <message>
        <source>Only items with this tag.</source>
        <translation>Nur Einträge mit diesem Schlagwort.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>Aufnahme: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Print one saved item.</source>
        <translation>Einen gespeicherten Eintrag ausgeben.</translation>
    </message>
    <message>
        <source>The item&apos;s id.</source>
        <translation>Die ID des Eintrags.</translation>
    </message>
    <message>
        <source>Print it as JSON.</source>
        <translation>Als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Save a message or a snippet to the content library.</source>
        <translation>Eine Nachricht oder einen Baustein in der Inhaltsbibliothek speichern.</translation>
    </message>
    <message>
        <source>iqm content add: give the item a name with --name.</source>
        <translation>iqm content add: Geben Sie dem Eintrag mit --name einen Namen.</translation>
    </message>
    <message>
        <source>Change a saved item; what is not given stays as it is.</source>
        <translation>Einen gespeicherten Eintrag ändern; was nicht angegeben ist, bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Remove every tag.</source>
        <translation>Alle Schlagwörter entfernen.</translation>
    </message>
    <message>
        <source>iqm content edit: nothing to change; see --help for the options.</source>
        <translation>iqm content edit: nichts zu ändern; die Optionen zeigt --help.</translation>
    </message>
    <message>
        <source>Give either --tag or --no-tags, not both.</source>
        <translation>Geben Sie entweder --tag oder --no-tags an, nicht beides.</translation>
    </message>
    <message>
        <source>Saved %1 (%2)</source>
        <translation>%1 gespeichert (%2)</translation>
    </message>
    <message>
        <source>Copy a saved item under a new name, &quot;NAME (copy)&quot;.</source>
        <translation>Einen gespeicherten Eintrag unter neuem Namen kopieren, „NAME (Kopie)“.</translation>
    </message>
    <message>
        <source>Print the copy as JSON.</source>
        <translation>Die Kopie als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Delete a saved item (a tombstone stays until the deletion has synced).</source>
        <translation>Einen gespeicherten Eintrag löschen (ein Löschvermerk bleibt, bis die Löschung synchronisiert ist).</translation>
    </message>
    <message>
        <source>Deleted %1 (%2)</source>
        <translation>%1 gelöscht (%2)</translation>
    </message>
    <message>
        <source>List saved messages and snippets</source>
        <translation>Gespeicherte Nachrichten und Bausteine auflisten</translation>
    </message>
    <message>
        <source>Print one saved item</source>
        <translation>Einen gespeicherten Eintrag ausgeben</translation>
    </message>
    <message>
        <source>Save a message or snippet</source>
        <translation>Eine Nachricht oder einen Baustein speichern</translation>
    </message>
    <message>
        <source>Change a saved item</source>
        <translation>Einen gespeicherten Eintrag ändern</translation>
    </message>
    <message>
        <source>Copy a saved item</source>
        <translation>Einen gespeicherten Eintrag kopieren</translation>
    </message>
    <message>
        <source>--language needs a language code, e.g. de or fr.</source>
        <translation>--language braucht einen Sprachcode, z. B. de oder fr.</translation>
    </message>
    <message>
        <source>--custom-field takes KEY=VALUE (KEY= removes the field), not &quot;%1&quot;.</source>
        <translation>--custom-field erwartet SCHLÜSSEL=WERT (SCHLÜSSEL= entfernt das Feld), nicht „%1“.</translation>
    </message>
    <message>
        <source>iqm contacts edit: nothing to change; give at least one field.</source>
        <translation>iqm contacts edit: nichts zu ändern; geben Sie mindestens ein Feld an.</translation>
    </message>
    <message>
        <source>New given name (empty clears it).</source>
        <translation>Neuer Vorname (leer löscht ihn).</translation>
    </message>
    <message>
        <source>New middle name.</source>
        <translation>Neuer zweiter Vorname.</translation>
    </message>
    <message>
        <source>New family name.</source>
        <translation>Neuer Nachname.</translation>
    </message>
    <message>
        <source>The name lists show, instead of the names.</source>
        <translation>Der Name, den Listen statt der Namen zeigen.</translation>
    </message>
    <message>
        <source>The notes, replacing the old ones.</source>
        <translation>Die Notizen; ersetzen die bisherigen.</translation>
    </message>
    <message>
        <source>Preferred language as a tag such as de or pt-BR.</source>
        <translation>Bevorzugte Sprache als Kürzel wie de oder pt-BR.</translation>
    </message>
    <message>
        <source>Time zone such as Europe/Berlin.</source>
        <translation>Zeitzone wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>A phone number; repeat for several. Replaces every number (&quot;&quot; removes them all).</source>
        <translation>Eine Telefonnummer; für mehrere wiederholen. Ersetzt alle Nummern (&quot;&quot; entfernt alle).</translation>
    </message>
    <message>
        <source>An e-mail address; repeat for several. Replaces every address.</source>
        <translation>Eine E-Mail-Adresse; für mehrere wiederholen. Ersetzt alle Adressen.</translation>
    </message>
    <message>
        <source>Set a custom field (repeat for several); KEY= removes it.</source>
        <translation>Setzt ein eigenes Feld (für mehrere wiederholen); SCHLÜSSEL= entfernt es.</translation>
    </message>
    <message>
        <source>Keep a number that is not valid as typed (it will not be messaged) instead of refusing the edit.</source>
        <translation>Eine ungültige Nummer wie eingegeben behalten (sie wird nicht angeschrieben), statt die Änderung abzulehnen.</translation>
    </message>
    <message>
        <source>Print the edited contact as JSON.</source>
        <translation>Den geänderten Kontakt als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Change a contact&apos;s fields; the fields not given stay as they are.</source>
        <translation>Ändert Felder eines Kontakts; nicht angegebene Felder bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Updated %1 (%2)</source>
        <translation>%1 (%2) aktualisiert</translation>
    </message>
    <message>
        <source>Change a contact&apos;s fields</source>
        <translation>Felder eines Kontakts ändern</translation>
    </message>
    <message>
        <source>List pairs of contacts that share a phone number or an e-mail address, the most recently changed first.</source>
        <translation>Listet Kontaktpaare mit gemeinsamer Telefonnummer oder E-Mail-Adresse, zuletzt geänderte zuerst.</translation>
    </message>
    <message>
        <source>At most this many pairs (default 5000).</source>
        <translation>Höchstens so viele Paare (Standard 5000).</translation>
    </message>
    <message>
        <source>--limit must be a positive number, not &quot;%1&quot;.</source>
        <translation>--limit muss eine positive Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Merge two contacts into one: numbers, e-mails, custom fields, groups and consent history of both; where they disagree on consent the stricter wins. The kept contact&apos;s fields win where it has them. Cannot be undone.</source>
        <translation>Führt zwei Kontakte zusammen: Nummern, E-Mails, eigene Felder, Gruppen und Einwilligungsverlauf beider; bei abweichender Einwilligung gilt die strengere. Die Felder des behaltenen Kontakts gewinnen, wo er welche hat. Kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>One contact&apos;s id.</source>
        <translation>Die ID des einen Kontakts.</translation>
    </message>
    <message>
        <source>The other contact&apos;s id.</source>
        <translation>Die ID des anderen Kontakts.</translation>
    </message>
    <message>
        <source>The id of the contact that stays (A or B; default A). The other is deleted.</source>
        <translation>Die ID des Kontakts, der bleibt (A oder B; Standard A). Der andere wird gelöscht.</translation>
    </message>
    <message>
        <source>Print the merged contact as JSON.</source>
        <translation>Den zusammengeführten Kontakt als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--keep must be %1 or %2, not &quot;%3&quot;.</source>
        <translation>--keep muss %1 oder %2 sein, nicht „%3“.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2 (%3): %n group(s) joined</source>
        <translation>
            <numerusform>%1 in %2 (%3) zusammengeführt: %n Gruppe beigetreten</numerusform>
            <numerusform>%1 in %2 (%3) zusammengeführt: %n Gruppen beigetreten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent change(s) recorded.</source>
        <translation>
            <numerusform>%n Einwilligungsänderung erfasst.</numerusform>
            <numerusform>%n Einwilligungsänderungen erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every consent change recorded for a contact, oldest first.</source>
        <translation>Zeigt jede für einen Kontakt erfasste Einwilligungsänderung, älteste zuerst.</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>--state must be opted-in, opted-out, pending or unknown, not &quot;%1&quot;.</source>
        <translation>--state muss opted-in, opted-out, pending oder unknown sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--method must be manual, paper, web-form or keyword, not &quot;%1&quot;.</source>
        <translation>--method muss manual, paper, web-form oder keyword sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Record a contact&apos;s consent for a whole channel or for one group, with where and how it was given.</source>
        <translation>Erfasst die Einwilligung eines Kontakts für einen ganzen Kanal oder eine Gruppe, mit Ort und Art der Erteilung.</translation>
    </message>
    <message>
        <source>sms, email or voice.</source>
        <translation>sms, email oder voice.</translation>
    </message>
    <message>
        <source>A group (name or id) instead of a channel.</source>
        <translation>Eine Gruppe (Name oder ID) statt eines Kanals.</translation>
    </message>
    <message>
        <source>opted-in, opted-out, pending or unknown (required).</source>
        <translation>opted-in, opted-out, pending oder unknown (erforderlich).</translation>
    </message>
    <message>
        <source>manual (default), paper, web-form or keyword.</source>
        <translation>manual (Standard), paper, web-form oder keyword.</translation>
    </message>
    <message>
        <source>Where and how the person agreed or refused (required).</source>
        <translation>Wo und wie die Person zugestimmt oder abgelehnt hat (erforderlich).</translation>
    </message>
    <message>
        <source>Give either --channel or --group.</source>
        <translation>Geben Sie entweder --channel oder --group an.</translation>
    </message>
    <message>
        <source>--channel must be sms, email or voice, not &quot;%1&quot;.</source>
        <translation>--channel muss sms, email oder voice sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Recorded %1 for %2</source>
        <translation>%1 für %2 erfasst</translation>
    </message>
    <message>
        <source>List likely duplicate contacts</source>
        <translation>Wahrscheinliche Dubletten auflisten</translation>
    </message>
    <message>
        <source>Merge two contacts into one</source>
        <translation>Zwei Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Record consent for a channel or a group</source>
        <translation>Einwilligung für einen Kanal oder eine Gruppe erfassen</translation>
    </message>
    <message>
        <source>Show a contact&apos;s consent history</source>
        <translation>Einwilligungsverlauf eines Kontakts zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) waiting for a connection sent.</source>
        <translation>
            <numerusform>%n wartende Kampagne gesendet.</numerusform>
            <numerusform>%n wartende Kampagnen gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for a connection</source>
        <translation>wartet auf eine Verbindung</translation>
    </message>
    <message>
        <source>Make a campaign draft: its audience, channel, kind and text.</source>
        <translation>Einen Kampagnenentwurf anlegen: Empfänger, Kanal, Art und Text.</translation>
    </message>
    <message>
        <source>The campaign&apos;s name.</source>
        <translation>Der Name der Kampagne.</translation>
    </message>
    <message>
        <source>A group to send to, by name or id; repeat for several.</source>
        <translation>Eine Empfängergruppe, nach Name oder ID; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Leave out the members of this group; repeat for several.</source>
        <translation>Die Mitglieder dieser Gruppe auslassen; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>A single contact to send to, by id; repeat for several.</source>
        <translation>Ein einzelner Empfänger, nach ID; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>marketing (the default) or transactional.</source>
        <translation>marketing (Standard) oder transactional.</translation>
    </message>
    <message>
        <source>The message, with fields such as {{first_name}}.</source>
        <translation>Die Nachricht, mit Feldern wie {{first_name}}.</translation>
    </message>
    <message>
        <source>A saved message of the content library, by id.</source>
        <translation>Eine gespeicherte Nachricht der Inhaltsbibliothek, nach ID.</translation>
    </message>
    <message>
        <source>When to send (ISO 8601); without it, when sent.</source>
        <translation>Wann gesendet wird (ISO 8601); ohne Angabe beim Senden.</translation>
    </message>
    <message>
        <source>The time zone of --at, e.g. Europe/Berlin.</source>
        <translation>Die Zeitzone von --at, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>Print the campaign as JSON.</source>
        <translation>Die Kampagne als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--channel must be sms, email or voice.</source>
        <translation>--channel muss sms, email oder voice sein.</translation>
    </message>
    <message>
        <source>--kind must be marketing or transactional.</source>
        <translation>--kind muss marketing oder transactional sein.</translation>
    </message>
    <message>
        <source>Give either --text or --template.</source>
        <translation>Geben Sie entweder --text oder --template an.</translation>
    </message>
    <message>
        <source>Give at least one --group or --contact.</source>
        <translation>Geben Sie mindestens eine --group oder einen --contact an.</translation>
    </message>
    <message>
        <source>--time-zone goes with --at.</source>
        <translation>--time-zone gehört zu --at.</translation>
    </message>
    <message>
        <source>Created campaign %1 (%2), a draft; &apos;iqm campaign preflight %2&apos; shows who gets it.</source>
        <translation>Kampagne %1 (%2) als Entwurf angelegt; „iqm campaign preflight %2“ zeigt, wer sie erhält.</translation>
    </message>
    <message>
        <source>Show who will get the campaign&apos;s message, who will not and why, and what it costs.</source>
        <translation>Zeigen, wer die Nachricht der Kampagne erhält, wer nicht und warum, und was sie kostet.</translation>
    </message>
    <message>
        <source>The campaign&apos;s id.</source>
        <translation>Die ID der Kampagne.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1 recipient(s), %2 of them held for quiet hours; %3 excluded.</source>
        <translation>%1 Empfänger, davon %2 wegen Ruhezeiten zurückgehalten; %3 ausgeschlossen.</translation>
    </message>
    <message>
        <source>%1 segment(s), about %2 %3.</source>
        <translation>%1 Segment(e), etwa %2 %3.</translation>
    </message>
    <message>
        <source>held until %1</source>
        <translation>zurückgehalten bis %1</translation>
    </message>
    <message>
        <source>Send the campaign now, or at its time. Without a connection it waits and goes out with the next sync or send.</source>
        <translation>Die Kampagne jetzt oder zu ihrem Zeitpunkt senden. Ohne Verbindung wartet sie und geht mit der nächsten Synchronisierung oder dem nächsten Senden hinaus.</translation>
    </message>
    <message>
        <source>Campaign %1 is waiting for a connection: %2 It goes out with the next &apos;iqm sync&apos; or &apos;iqm campaign send&apos;.</source>
        <translation>Kampagne %1 wartet auf eine Verbindung: %2 Sie geht mit dem nächsten „iqm sync“ oder „iqm campaign send“ hinaus.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2.</source>
        <translation>Kampagne %1: %2.</translation>
    </message>
    <message>
        <source>Pause a running or scheduled campaign.</source>
        <translation>Eine laufende oder geplante Kampagne anhalten.</translation>
    </message>
    <message>
        <source>Resume a paused campaign.</source>
        <translation>Eine angehaltene Kampagne fortsetzen.</translation>
    </message>
    <message>
        <source>Cancel a campaign; sent messages stay sent, the others are skipped.</source>
        <translation>Eine Kampagne abbrechen; gesendete Nachrichten bleiben gesendet, die übrigen entfallen.</translation>
    </message>
    <message>
        <source>List the campaigns, newest first, with their state and counts.</source>
        <translation>Die Kampagnen auflisten, neueste zuerst, mit Status und Zahlen.</translation>
    </message>
    <message>
        <source>No campaigns yet. Make one with &apos;iqm campaign create&apos;.</source>
        <translation>Noch keine Kampagnen. Legen Sie eine mit „iqm campaign create“ an.</translation>
    </message>
    <message>
        <source>%1 recipient(s), %2 delivered</source>
        <translation>%1 Empfänger, %2 zugestellt</translation>
    </message>
    <message>
        <source>Show a campaign&apos;s state and each recipient&apos;s message, from the server when it can be reached, else as of the last sync.</source>
        <translation>Status einer Kampagne und die Nachricht jedes Empfängers zeigen, vom Server, wenn er erreichbar ist, sonst Stand der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1); this is the state of the last sync.</source>
        <translation>Der Server ist nicht erreichbar (%1); dies ist der Stand der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>Make a campaign draft</source>
        <translation>Einen Kampagnenentwurf anlegen</translation>
    </message>
    <message>
        <source>Who gets a campaign, who does not and why</source>
        <translation>Wer eine Kampagne erhält, wer nicht und warum</translation>
    </message>
    <message>
        <source>Send a campaign (queued while offline)</source>
        <translation>Eine Kampagne senden (offline vorgemerkt)</translation>
    </message>
    <message>
        <source>Pause a running campaign</source>
        <translation>Eine laufende Kampagne anhalten</translation>
    </message>
    <message>
        <source>Resume a paused campaign</source>
        <translation>Eine angehaltene Kampagne fortsetzen</translation>
    </message>
    <message>
        <source>Cancel a campaign</source>
        <translation>Eine Kampagne abbrechen</translation>
    </message>
    <message>
        <source>List campaigns</source>
        <translation>Kampagnen auflisten</translation>
    </message>
    <message>
        <source>A campaign&apos;s state and messages</source>
        <translation>Status und Nachrichten einer Kampagne</translation>
    </message>
    <message>
        <source>Delete a saved item</source>
        <translation>Einen gespeicherten Eintrag löschen</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Nachrichten: %1</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation>Nicht zustellbar</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Noch ausstehend</translation>
    </message>
    <message>
        <source>Opted out since</source>
        <translation>Seitdem abgemeldet</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Failures by reason:</source>
        <translation>Fehlschläge nach Grund:</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(kein Code)</translation>
    </message>
    <message>
        <source>What a campaign achieved, as of the last sync: delivered, failed, undeliverable and pending messages, opt-outs and replies since, failures by reason and deliveries over time.</source>
        <translation>Was eine Kampagne erreicht hat, Stand der letzten Synchronisierung: zugestellte, fehlgeschlagene, nicht zustellbare und ausstehende Nachrichten, Abmeldungen und Antworten seitdem, Fehlschläge nach Grund und Zustellungen im Zeitverlauf.</translation>
    </message>
    <message>
        <source>What a campaign achieved, with failures by reason</source>
        <translation>Was eine Kampagne erreicht hat, mit Fehlschlägen nach Grund</translation>
    </message>
    <message>
        <source>Only this campaign&apos;s, by id.</source>
        <translation>Nur die dieser Kampagne, nach ID.</translation>
    </message>
    <message>
        <source>Only calls with this outcome (answered, voicemail, no_answer, busy) or type (inbound, outbound, campaign...); several separated by commas.</source>
        <translation>Nur Anrufe mit diesem Ergebnis (answered, voicemail, no_answer, busy) oder Typ (inbound, outbound, campaign...); mehrere durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Only messages in this status (queued, held, sent, delivered, failed, undeliverable, skipped); several separated by commas.</source>
        <translation>Nur Nachrichten mit diesem Status (queued, held, sent, delivered, failed, undeliverable, skipped); mehrere durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Only sms, email or voice.</source>
        <translation>Nur sms, email oder voice.</translation>
    </message>
    <message>
        <source>Only this contact&apos;s, by id.</source>
        <translation>Nur die dieses Kontakts, nach ID.</translation>
    </message>
    <message>
        <source>From this date or time on (2026-03-01, 2026-03-01T09:30).</source>
        <translation>Ab diesem Datum oder Zeitpunkt (2026-03-01, 2026-03-01T09:30).</translation>
    </message>
    <message>
        <source>Up to this date (the whole day) or time.</source>
        <translation>Bis zu diesem Datum (ganzer Tag) oder Zeitpunkt.</translation>
    </message>
    <message>
        <source>Only those whose recipient&apos;s name, number or address, or text, contains this.</source>
        <translation>Nur solche, deren Empfängername, -nummer oder -adresse oder Text dies enthält.</translation>
    </message>
    <message>
        <source>Print CSV (safe to open in a spreadsheet).</source>
        <translation>CSV ausgeben (sicher in einer Tabellenkalkulation zu öffnen).</translation>
    </message>
    <message>
        <source>--%1 takes a date (2026-03-01) or a time (2026-03-01T09:30), not &quot;%2&quot;.</source>
        <translation>--%1 erwartet ein Datum (2026-03-01) oder einen Zeitpunkt (2026-03-01T09:30), nicht „%2“.</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>Wählen Sie entweder --json oder --csv.</translation>
    </message>
    <message>
        <source>List the messages sent, newest first, with their status, error and status history, as of the last sync.</source>
        <translation>Die gesendeten Nachrichten auflisten, neueste zuerst, mit Status, Fehler und Statusverlauf, Stand der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Keine Nachrichten.</translation>
    </message>
    <message>
        <source>List the calls, newest first, as of the last sync.</source>
        <translation>Die Anrufe auflisten, neueste zuerst, Stand der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>No calls.</source>
        <translation>Keine Anrufe.</translation>
    </message>
    <message>
        <source>Show everything between the business and a contact, newest first: messages with their status, calls, replies, consent changes, imports and merges, as of the last sync.</source>
        <translation>Alles zwischen dem Unternehmen und einem Kontakt anzeigen, neueste zuerst: Nachrichten mit Status, Anrufe, Antworten, Änderungen der Einwilligung, Importe und Zusammenführungen, Stand der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Noch nichts.</translation>
    </message>
    <message>
        <source>The messages sent, with status and errors</source>
        <translation>Die gesendeten Nachrichten mit Status und Fehlern</translation>
    </message>
    <message>
        <source>The calls made and received</source>
        <translation>Die getätigten und empfangenen Anrufe</translation>
    </message>
    <message>
        <source>Everything between the business and a contact</source>
        <translation>Alles zwischen dem Unternehmen und einem Kontakt</translation>
    </message>
    <message>
        <source>Only messages that failed with this error code (30003...); several separated by commas.</source>
        <translation>Nur Nachrichten, die mit diesem Fehlercode fehlgeschlagen sind (30003...); mehrere durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>iq::tmpl::Template</name>
    <message>
        <source>The tag &quot;%1&quot; is never closed; end it with &quot;%2&quot;.</source>
        <translation>Das Tag „%1“ wird nie geschlossen; beenden Sie es mit „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not set delimiters: write two markers separated by a space, like {{=&lt;% %&gt;=}}.</source>
        <translation>„%1“ setzt keine Begrenzer: Schreiben Sie zwei durch ein Leerzeichen getrennte Markierungen, etwa {{=&lt;% %&gt;=}}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a fallback after &quot;|&quot; only works in a field tag such as {{first_name|there}}.</source>
        <translation>„%1“: Ein Ersatzwert nach „|“ funktioniert nur in einem Feld-Tag wie {{first_name|there}}.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; has no name in it.</source>
        <translation>Das Tag „%1“ enthält keinen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field name: dots separate the parts of a name.</source>
        <translation>„%1“ ist kein gültiger Feldname: Punkte trennen die Teile eines Namens.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; closes a section that was never opened.</source>
        <translation>„%1“ schließt einen Abschnitt, der nie geöffnet wurde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the section &quot;%2&quot; opened at line %3, column %4; close that one first.</source>
        <translation>„%1“ passt nicht zum Abschnitt „%2“, geöffnet in Zeile %3, Spalte %4; schließen Sie zuerst diesen.</translation>
    </message>
    <message>
        <source>Sections are nested more than %1 deep.</source>
        <translation>Abschnitte sind mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is never closed; end it with &quot;%2/%1%3&quot;.</source>
        <translation>Der Abschnitt „%1“ wird nie geschlossen; beenden Sie ihn mit „%2/%1%3“.</translation>
    </message>
    <message>
        <source>The rendering is longer than %1 characters; stopped there.</source>
        <translation>Der ausgefüllte Text ist länger als %1 Zeichen; dort abgebrochen.</translation>
    </message>
    <message>
        <source>The snippet &quot;%1&quot; cannot be used: %2</source>
        <translation>Der Baustein „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Snippets include each other more than %1 deep; stopped there.</source>
        <translation>Bausteine binden einander mehr als %1 Ebenen tief ein; dort abgebrochen.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>There is no snippet called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Baustein namens „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field: no recipient has it, so it prints nothing.</source>
        <translation>„%1“ ist kein Feld: Kein Empfänger hat es, daher wird nichts ausgegeben.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IQ Messaging desktop client</source>
        <translation>IQ Messaging Desktop-Client</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation>Das Profil in &lt;dir&gt; verwenden.</translation>
    </message>
    <message>
        <source>Show the interface in &lt;code&gt; (e.g. de, fr).</source>
        <translation>Die Oberfläche in &lt;code&gt; anzeigen (z. B. de, fr).</translation>
    </message>
    <message>
        <source>IQ Messaging</source>
        <translation>IQ Messaging</translation>
    </message>
    <message>
        <source>Cannot open the profile</source>
        <translation>Das Profil kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>

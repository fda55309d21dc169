<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountService</name>
    <message>
        <source>An account with this e-mail address already exists; sign in instead.</source>
        <translation>Es gibt bereits ein Konto mit dieser E-Mail-Adresse; melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>Sign in first: the request has no &quot;Authorization: Bearer&quot; token.</source>
        <translation>Melden Sie sich zuerst an: Die Anfrage enthält kein „Authorization: Bearer“-Token.</translation>
    </message>
    <message>
        <source>The access token is not valid; sign in again.</source>
        <translation>Das Zugriffstoken ist ungültig; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The access token has expired; refresh it and try again.</source>
        <translation>Das Zugriffstoken ist abgelaufen; erneuern Sie es und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Too many requests; try again in %1 seconds.</source>
        <translation>Zu viele Anfragen; versuchen Sie es in %1 Sekunden erneut.</translation>
    </message>
    <message>
        <source>There is no such endpoint.</source>
        <translation>Diesen Endpunkt gibt es nicht.</translation>
    </message>
    <message>
        <source>The server&apos;s database is busy or unreachable; try again shortly.</source>
        <translation>Die Datenbank des Servers ist ausgelastet oder nicht erreichbar; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server failed to handle the request.</source>
        <translation>Der Server konnte die Anfrage nicht bearbeiten.</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>The request body is larger than %1 KiB, the limit of this endpoint.</source>
        <translation>Der Inhalt der Anfrage ist größer als %1 KiB, die Grenze dieses Endpunkts.</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>Das TLS-Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>Der TLS-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation>%1 ist kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1 is not a PEM RSA or EC private key.</source>
        <translation>%1 ist kein privater RSA- oder EC-Schlüssel im PEM-Format.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2 (in use, or not allowed).</source>
        <translation>Auf %1 Port %2 kann nicht gelauscht werden (belegt oder nicht erlaubt).</translation>
    </message>
</context>
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
        <source>Upgrading %1 to schema %2 failed: %3</source>
        <translation>Die Aktualisierung von %1 auf Schema %2 ist fehlgeschlagen: %3</translation>
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
</context>
<context>
    <name>ServerDatabase</name>
    <message>
        <source>--database sqlite: needs a file path.</source>
        <translation>--database sqlite: braucht einen Dateipfad.</translation>
    </message>
    <message>
        <source>--database &quot;%1&quot; is not of the form postgres://USER@HOST[:PORT]/DB.</source>
        <translation>--database „%1“ hat nicht die Form postgres://USER@HOST[:PORT]/DB.</translation>
    </message>
    <message>
        <source>--database must start with sqlite: or postgres:// (got &quot;%1&quot;).</source>
        <translation>--database muss mit sqlite: oder postgres:// beginnen (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The database has schema version %1; this iqmsgd knows up to %2. Use a newer iqmsgd.</source>
        <translation>Die Datenbank hat Schemaversion %1; dieser iqmsgd kennt bis %2. Verwenden Sie einen neueren iqmsgd.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the build.</source>
        <translation>Migration %1 fehlt in dieser Version.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Field &quot;changes&quot; must be an array of changes.</source>
        <translation>Das Feld &quot;changes&quot; muss ein Array von Änderungen sein.</translation>
    </message>
    <message>
        <source>Field &quot;changes&quot; must not be empty.</source>
        <translation>Das Feld &quot;changes&quot; darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A push may carry at most %1 changes; this one has %2. Split it.</source>
        <translation>Ein Push darf höchstens %1 Änderungen enthalten; dieser hat %2. Teilen Sie ihn auf.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The server has no %1 &quot;%2&quot;; push it with baseVersion 0.</source>
        <translation>Der Server hat kein %1 „%2“; senden Sie es mit baseVersion 0.</translation>
    </message>
    <message>
        <source>Query item &quot;limit&quot; must be a whole number from 1 to %1.</source>
        <translation>Der Parameter &quot;limit&quot; muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>The server does not know this cursor; pull again from the start (empty cursor).</source>
        <translation>Der Server kennt diesen Cursor nicht; holen Sie die Daten erneut von Anfang an (leerer Cursor).</translation>
    </message>
    <message>
        <source>This cursor is older than the changes the server keeps; pull again from the start.</source>
        <translation>Dieser Cursor ist älter als die Änderungen, die der Server aufbewahrt; holen Sie die Daten erneut von Anfang an.</translation>
    </message>
</context>
<context>
    <name>iq</name>
    <message>
        <source>&quot;%1&quot; is not a server address; use one like https://sync.example.com.</source>
        <translation>„%1“ ist keine Serveradresse; verwenden Sie eine wie https://sync.example.com.</translation>
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
    <name>iq::ConsentLedger</name>
    <message>
        <source>A consent change names either a group or a channel.</source>
        <translation>Eine Änderung der Einwilligung nennt entweder eine Gruppe oder einen Kanal.</translation>
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
        <translation>Firma</translation>
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
    <name>iq::ContactRepository</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
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
        <source>No contacts yet. Add one with “iqm contacts add” or import a file; they appear here at once.</source>
        <translation>Noch keine Kontakte. Fügen Sie einen mit „iqm contacts add“ hinzu oder importieren Sie eine Datei; sie erscheinen sofort hier.</translation>
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
        <source>Profile</source>
        <translation>Profil</translation>
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
</context>
<context>
    <name>iq::SyncEngine</name>
    <message>
        <source>The server answered for %1 %2 where %3 %4 was expected.</source>
        <translation>Der Server hat für %1 %2 geantwortet, erwartet war %3 %4.</translation>
    </message>
    <message>
        <source>The server refused %1 %2: %3</source>
        <translation>Der Server hat %1 %2 abgelehnt: %3</translation>
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
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A contact needs a name, an organization, a phone number or an e-mail address.</source>
        <translation>Ein Kontakt braucht einen Namen, eine Firma, eine Telefonnummer oder eine E-Mail-Adresse.</translation>
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
        <source>List the profile&apos;s contacts.</source>
        <translation>Die Kontakte des Profils auflisten.</translation>
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
</context>
<context>
    <name>iq::server</name>
    <message>
        <source>IQ Messaging reference server</source>
        <translation>IQ-Messaging-Referenzserver</translation>
    </message>
    <message>
        <source>TCP port (default 8787).</source>
        <translation>TCP-Port (Standard 8787).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>sqlite:PATH or postgres://USER@HOST/DB.</source>
        <translation>sqlite:PATH oder postgres://USER@HOST/DB.</translation>
    </message>
    <message>
        <source>TLS certificate (PEM).</source>
        <translation>TLS-Zertifikat (PEM).</translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation>Privater TLS-Schlüssel (PEM).</translation>
    </message>
    <message>
        <source>Create a demo account with sample data.</source>
        <translation>Ein Demokonto mit Beispieldaten anlegen.</translation>
    </message>
    <message>
        <source>Sign-up, sign-in and refresh attempts per client IP per minute (default 30).</source>
        <translation>Registrierungs-, Anmelde- und Erneuerungsversuche pro Client-IP und Minute (Standard 30).</translation>
    </message>
    <message>
        <source>Authenticated requests per account per minute (default 1200).</source>
        <translation>Authentifizierte Anfragen pro Konto und Minute (Standard 1200).</translation>
    </message>
    <message>
        <source>Lifetime of access tokens in seconds (default 900).</source>
        <translation>Gültigkeitsdauer der Zugriffstokens in Sekunden (Standard 900).</translation>
    </message>
    <message>
        <source>Purge tombstones older than this many days on start (default 90).</source>
        <translation>Löschmarkierungen, die älter als so viele Tage sind, beim Start entfernen (Standard 90).</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>--address &quot;%1&quot; is not an IP address.</source>
        <translation>--address „%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number (got &quot;%2&quot;).</source>
        <translation>--%1 muss eine ganze Zahl sein (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>Plain HTTP is served only on loopback; give --tls-cert and --tls-key to listen on %1.</source>
        <translation>Unverschlüsseltes HTTP gibt es nur auf Loopback; geben Sie --tls-cert und --tls-key an, um auf %1 zu lauschen.</translation>
    </message>
    <message>
        <source>Field &quot;email&quot; must be an e-mail address like name@example.com.</source>
        <translation>Das Feld &quot;email&quot; muss eine E-Mail-Adresse wie name@example.com sein.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The refresh token is not valid any more; sign in again.</source>
        <translation>Das Erneuerungstoken ist nicht mehr gültig; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>Out of memory while hashing a password.</source>
        <translation>Kein Speicher mehr beim Hashen eines Passworts.</translation>
    </message>
    <message>
        <source>Database statement failed (%1): %2</source>
        <translation>Datenbankanweisung fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>A membership&apos;s id must be &quot;groupId:contactId&quot; of its payload.</source>
        <translation>Die ID einer Mitgliedschaft muss &quot;groupId:contactId&quot; ihres Inhalts sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1.consent&quot; must be unknown, opted_in, opted_out or pending.</source>
        <translation>Das Feld &quot;%1.consent&quot; muss unknown, opted_in, opted_out oder pending sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1.id&quot; must equal the change&apos;s id.</source>
        <translation>Das Feld &quot;%1.id&quot; muss der ID der Änderung entsprechen.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an object.</source>
        <translation>Das Feld &quot;%1&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1.entity&quot; must be one of contact, group, membership, consent, content, campaign, message, call_log.</source>
        <translation>Das Feld &quot;%1.entity&quot; muss contact, group, membership, consent, content, campaign, message oder call_log sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1.operation&quot; must be &quot;upsert&quot; or &quot;delete&quot;.</source>
        <translation>Das Feld &quot;%1.operation&quot; muss &quot;upsert&quot; oder &quot;delete&quot; sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1.payload&quot; must be an object for an upsert.</source>
        <translation>Das Feld &quot;%1.payload&quot; muss bei einem upsert ein Objekt sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1.payload&quot; is larger than 256 KiB.</source>
        <translation>Das Feld &quot;%1.payload&quot; ist größer als 256 KiB.</translation>
    </message>
</context>
<context>
    <name>iq::server::input</name>
    <message>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>Der Inhalt ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Der Inhalt muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is required.</source>
        <translation>Das Feld &quot;%1&quot; ist erforderlich.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a string.</source>
        <translation>Das Feld &quot;%1&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must have %2 to %3 characters.</source>
        <translation>Das Feld &quot;%1&quot; muss %2 bis %3 Zeichen haben.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>Das Feld &quot;%1&quot; muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must not contain control characters.</source>
        <translation>Das Feld &quot;%1&quot; darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Field &quot;device&quot; must be an object with &quot;id&quot; and &quot;name&quot;.</source>
        <translation>Das Feld &quot;device&quot; muss ein Objekt mit &quot;id&quot; und &quot;name&quot; sein.</translation>
    </message>
    <message>
        <source>Field &quot;device.id&quot; may hold only letters, digits and the characters . _ : -</source>
        <translation>Das Feld &quot;device.id&quot; darf nur Buchstaben, Ziffern und die Zeichen . _ : - enthalten</translation>
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
    <name>iq::wire</name>
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

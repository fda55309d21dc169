<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountService</name>
    <message>
        <source>An account with this e-mail address already exists; sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: the request has no &quot;Authorization: Bearer&quot; token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is not valid; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The access token has expired; refresh it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests; try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s database is busy or unreachable; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to handle the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>The request body is larger than %1 KiB, the limit of this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PEM RSA or EC private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2 (in use, or not allowed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication::Text</name>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IQ Messaging database (its header is not SQLite&apos;s); the file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2); the file was left as it is. Restore it from a backup or choose another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its schema cannot be read (%2); the file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of IQ Messaging (schema %2; this version reads up to %3). Update the application; the file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver gave no native handle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDatabase</name>
    <message>
        <source>--database sqlite: needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database &quot;%1&quot; is not of the form postgres://USER@HOST[:PORT]/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database must start with sqlite: or postgres:// (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version %1; this iqmsgd knows up to %2. Use a newer iqmsgd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from the build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Field &quot;changes&quot; must be an array of changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;changes&quot; must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A push may carry at most %1 changes; this one has %2. Split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no %1 &quot;%2&quot;; push it with baseVersion 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query item &quot;limit&quot; must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this cursor; pull again from the start (empty cursor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cursor is older than the changes the server keeps; pull again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq</name>
    <message>
        <source>&quot;%1&quot; is not a server address; use one like https://sync.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::AccountService</name>
    <message>
        <source>This profile syncs with %1; use another profile for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is not signed in to any account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is not connected to an account; sign in to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out of %1. Sign in to sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::AccountsIndex</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of accounts %1 is damaged (byte %2); move it away and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ConflictStore</name>
    <message>
        <source>There is no open conflict number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 no longer exists; its value cannot be re-applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::Consent</name>
    <message>
        <source>Opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ConsentLedger</name>
    <message>
        <source>A consent change names either a group or a channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ContactFields</name>
    <message>
        <source>Reply STOP to opt out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as shown in lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group being messaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ContactJson</name>
    <message>
        <source>Field &quot;%1&quot; must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ContactRepository</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet. Add one with “iqm contacts add” or import a file; they appear here at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; is not known; try UTF-8, UTF-16LE, windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quoted value in column %2 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quoted value in column %2 is longer than %3 characters; is a closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: there is text after the closing quote in column %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::GroupRepository</name>
    <message>
        <source>There is no group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 is not a member of group %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::KeychainTokenStore</name>
    <message>
        <source>The system keychain did not answer. Sign-ins cannot be kept; you can keep working offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in is stored in the keychain for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable system keychain (%1). Sign-ins cannot be kept; you can keep working offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::LocalRecords</name>
    <message>
        <source>The server&apos;s %1 %2 cannot be stored: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groupId, contactId and consent are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contactId, channel and consent are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::MainWindow</name>
    <message>
        <source>IQ Messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IQ Messaging main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you message, with their numbers and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About IQ Messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About IQ Messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IQ Messaging %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Message the customers who opted in, by SMS, e-mail and voice.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::SyncApi</name>
    <message>
        <source>The server answered %1 results for %2 changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (field &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer knows this device&apos;s sync position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy; sync will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); sync will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::SyncEngine</name>
    <message>
        <source>The server answered for %1 %2 where %3 %4 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::TokenStore</name>
    <message>
        <source>No sign-in is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::cli</name>
    <message>
        <source>The command-line companion of IQ Messaging: everything the desktop application does with data, from a terminal or a script.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::cli::Text</name>
    <message>
        <source>Create an account on a server and connect this profile to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to an account and connect a profile to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address, e.g. https://sync.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name or your business&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin is required: the password is read from standard input, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 created; profile %2 is connected to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1; profile %2 is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was the first sign-in from this device; the account records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) will be uploaded by &apos;iqm sync&apos;.</source>
        <translation>
            <numerusform>%n local change will be uploaded by &apos;iqm sync&apos;.</numerusform>
            <numerusform>%n local changes will be uploaded by &apos;iqm sync&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign this profile out: the server forgets this device&apos;s session and the keychain its tokens. The profile&apos;s data stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1. The profile&apos;s data stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the profiles and their accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Sign in with &apos;iqm account login&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(local only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make another profile the one iqm and the application open by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address or a profile folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile or account &quot;%1&quot;; &apos;iqm account list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this profile&apos;s changes to the server and receive the others&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what happened as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1, pulled %2, conflicts %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review in the application.</source>
        <translation>
            <numerusform>%n conflict to review in the application.</numerusform>
            <numerusform>%n conflicts to review in the application.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an account and connect this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and connect a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this profile out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List profiles and their accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another profile by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync this profile with its account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;iqm --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt; instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iqm %1: missing argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iqm %1: unexpected argument &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: iqm [--profile DIR] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in DIR (default: $IQM_PROFILE, then the application&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;iqm COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company or organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to this group, creating it if needed (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded for the groups: opted-in, opted-out, pending or unknown (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the consent came from, e.g. &quot;paper form&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the new contact as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--consent must be opted-in, opted-out, pending or unknown, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a name, an organization, a phone number or an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: &quot;%1&quot; is not a valid phone number; kept as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the profile&apos;s contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one contact as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one contact as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the profile (folder and database) if it does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile ready at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where the profile is and what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsynced:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the profile if it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the profile&apos;s folder, schema and counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a message template for one contact or for given data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the template from FILE (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render for the contact with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --contact: the group name {{group}} prints (default: the contact&apos;s first group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render with this JSON object instead of a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sms (default), email-html, email-text or voice; email-html escapes values for HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object: the text, the fallbacks used, warnings and, for SMS, the segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template with either --template FILE or --text TEMPLATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whom to render for with either --contact ID or --data JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel must be sms, email-html, email-text or voice, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the template &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data is not valid JSON at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data must be a JSON object, like {&quot;first_name&quot;: &quot;Ann&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the SMS segments of a message. Without TEXT, each line of standard input is a JSON string; one JSON object is printed per message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the input is not a JSON string (like &quot;Hello&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a template for a contact or JSON data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count SMS segments and the encoding of messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::server</name>
    <message>
        <source>IQ Messaging reference server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port (default 8787).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite:PATH or postgres://USER@HOST/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a demo account with sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up, sign-in and refresh attempts per client IP per minute (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated requests per account per minute (default 1200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime of access tokens in seconds (default 900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge tombstones older than this many days on start (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--address &quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP is served only on loopback; give --tls-cert and --tls-key to listen on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;email&quot; must be an e-mail address like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token is not valid any more; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while hashing a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database statement failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A membership&apos;s id must be &quot;groupId:contactId&quot; of its payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1.consent&quot; must be unknown, opted_in, opted_out or pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1.id&quot; must equal the change&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1.entity&quot; must be one of contact, group, membership, consent, content, campaign, message, call_log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1.operation&quot; must be &quot;upsert&quot; or &quot;delete&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1.payload&quot; must be an object for an upsert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1.payload&quot; is larger than 256 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::server::input</name>
    <message>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must have %2 to %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;device&quot; must be an object with &quot;id&quot; and &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;device.id&quot; may hold only letters, digits and the characters . _ : -</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::tmpl::Template</name>
    <message>
        <source>The tag &quot;%1&quot; is never closed; end it with &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not set delimiters: write two markers separated by a space, like {{=&lt;% %&gt;=}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a fallback after &quot;|&quot; only works in a field tag such as {{first_name|there}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; has no name in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field name: dots separate the parts of a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; closes a section that was never opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the section &quot;%2&quot; opened at line %3, column %4; close that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections are nested more than %1 deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is never closed; end it with &quot;%2/%1%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rendering is longer than %1 characters; stopped there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snippet &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snippets include each other more than %1 deep; stopped there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no snippet called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field: no recipient has it, so it prints nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::wire</name>
    <message>
        <source>The server&apos;s reply is not understood: &quot;%1&quot; must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON (byte %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a known record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied, conflict or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present on a conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IQ Messaging desktop client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the interface in &lt;code&gt; (e.g. de, fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IQ Messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

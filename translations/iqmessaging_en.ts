<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <message>
        <source>%1: the disk is full (no space left for the profile&apos;s database). Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk could not be written or read (%2). Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SQLite driver gave no native handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not upgraded: a copy of it could not be written first (%2). The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not upgraded: its copy could not be named %2. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3. The profile was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy from before the upgrade is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizardPage</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already in your contacts, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeated in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::AccountDialog</name>
    <message>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account to sync this profile with your other computers. What you have here is uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to sync this profile. What you have here is uploaded, and what the account has arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner@shop.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name or your business&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name or your business&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting the server…</source>
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
    <name>iq::AddToGroupDialog</name>
    <message>
        <source>Add to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent of new members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when opting in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to a group. Members keep the consent they already have there; a name that is not a group yet creates it.</source>
        <translation>
            <numerusform>Add %n contact to a group. Members keep the consent they already have there; a name that is not a group yet creates it.</numerusform>
            <numerusform>Add %n contacts to a group. Members keep the consent they already have there; a name that is not a group yet creates it.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::AudienceSummarizer</name>
    <message>
        <source>The audience summary was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::CallLogModel</name>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::CampaignActions</name>
    <message>
        <source>%1 needs the server, which cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-12-24T09:30 or 2026-12-24T09:30:00+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a snippet; choose a message template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to send, %1, has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is not signed in to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is not signed in to a server; sign in to send campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to send has passed; choose a new time or send now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; is %2 and cannot be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::CampaignApi</name>
    <message>
        <source>The server&apos;s answer is not a campaign (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No send of campaign %1 is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::CampaignAudienceReader</name>
    <message>
        <source>the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::CampaignEditor</name>
    <message>
        <source>Campaign name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring sale, appointment reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing: needs consent, waits for quiet hours to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactional: reminders and notices, sent at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subj&amp;ect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {{first_name}}, …  Fields in double braces are filled in for each person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups to send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups to leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;later, at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the mem&amp;bers of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>But n&amp;ot to the members of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>And %n single contact(s).</source>
        <translation>
            <numerusform>And %n single contact.</numerusform>
            <numerusform>And %n single contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n member)</numerusform>
            <numerusform>%1 (%n members)</numerusform>
        </translation>
    </message>
    <message>
        <source>New text (no template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 characters, %n SMS segment(s) before personalization (%2); the pre-flight counts each person&apos;s.</source>
        <translation>
            <numerusform>%1 characters, %n SMS segment before personalization (%2); the pre-flight counts each person&apos;s.</numerusform>
            <numerusform>%1 characters, %n SMS segments before personalization (%2); the pre-flight counts each person&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::CampaignListModel</name>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::CampaignPreflight</name>
    <message>
        <source>There is no contact with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s text cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::CampaignReportModel</name>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::CampaignReportPanel</name>
    <message>
        <source>Campaign report summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a figure to list its messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campaign to see its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3. Opt-outs and replies are counted from the send on, their rates of the messages delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message has been delivered or has failed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages delivered and failed from %1 to %2, in intervals of %3: %4 delivered and %5 failed. The most deliveries, %6, came in the interval from %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Status breakdown of %n message(s): </source>
        <translation>
            <numerusform>Status breakdown of %n message: </numerusform>
            <numerusform>Status breakdown of %n messages: </numerusform>
        </translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures by reason: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign needs an audience: at least one group or contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign needs a text or a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; has been sent and can no longer be edited here; pause or cancel it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer for campaign %1 cannot be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 already has another send key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::CampaignsPage</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the campaign?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages not sent yet will not be sent. Messages already sent stay sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign changed: press Pre-flight to check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns yet. A campaign sends one message to the groups you choose, now or at a time you set, and checks first who will get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pre-flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-&amp;flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send or schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a campaign to check who will get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Pre-flight to see who gets what before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Pre-flight to see who this campaign is for on this computer&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sche&amp;dule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message, choose the groups, then press Pre-flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one group to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will get it.</source>
        <translation>
            <numerusform>%n person will get it.</numerusform>
            <numerusform>%n people will get it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the pre-flight first to see who will get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes out on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes out now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits for a connection and goes out as soon as the server can be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was handed to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(As of the last sync: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not on this device)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ColumnMapping</name>
    <message>
        <source>Google Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Contacts (legacy Google CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook (German)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook (French)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailchimp audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IQ Messaging export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved or hand-made mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact id</source>
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
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out (any value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a saved column mapping (expected &quot;version&quot;: 1 and &quot;columns&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of the mapping has an unknown target &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 values but the header names %2 columns; is a value with a comma not quoted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the leading apostrophe a spreadsheet kept was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a number a spreadsheet turned into scientific notation; its digits are lost. Format the column as text and export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::Compliance</name>
    <message>
        <source>Marketing texts must say how to opt out: add {{opt_out}} (&quot;Reply STOP to opt out&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message does not say who sends it: set your business name in the settings and add {{business_name}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message does not say who sends it: add {{business_name}} (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 segments per message: carriers may split or drop longer texts, and each segment is billed. Shorten it to %2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters: carriers refuse texts over %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a public link shortener; carriers filter messages with such links. Use your own domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recipients would get an empty message (e.g. %2); add a fallback like {{first_name|there}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recipient would get an empty message; add a fallback like {{first_name|there}}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ComposerPage</name>
    <message>
        <source>Compose a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketing message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing texts must tell people how to opt out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a recipient&apos;s field, e.g. their first name (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a saved snippet such as your signature or the opt-out footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;plain punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace smart punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace curly quotes, dashes and ellipses with plain ones so the text stays GSM-7 (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to content library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to the voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News for {{first_name|you}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {{first_name|there}}, the new MacBook is in at {{business_name}}! {{opt_out}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous recipient (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next recipient (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the recipient to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for this recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments and encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters that force UCS-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallbacks used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message to see what it costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snippets yet: save one from the Content library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example recipient (no contacts yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 segment · %1 · %2 characters, %3 left in the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 segments · %2 · %3 characters, %4 left in the last segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All characters fit GSM-7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCS-2 (70 characters per segment) because of: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — “Use plain punctuation” fixes the quotes and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recipient gets the fallback for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the template to see what it costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipients yet: add contacts to see what the message costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 recipients · %2 segments in total&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 segments: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 go as UCS-2 (70 characters per segment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 recipients&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a fallback: %1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty message: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to the content library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ConflictListModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on another device, edited here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted here, edited on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device had</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
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
    <name>iq::ConflictsPage</name>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sync conflicts&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this computer and another one changed the same thing, the other change was kept. Review each one: keep it, or put back what this computer had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts. Everything synced merged cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the server&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put mine back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-apply this computer&apos;s value</source>
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
    <name>iq::ConsentActions</name>
    <message>
        <source>A consent record needs its source: where and how the person agreed.</source>
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
    <name>iq::ContactActions</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a name, an organization, a phone number or an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: &quot;%1&quot; is not a language tag such as &quot;de&quot; or &quot;pt-BR&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a time zone such as &quot;Europe/Berlin&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field: a field needs a name before its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ContactBrowser</name>
    <message>
        <source>The contact list cannot be indexed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the contact list failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ContactDetailPane</name>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toll free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Consent history&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a contact to see their numbers, groups and consent.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid, kept as typed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyword reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person or by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All voice calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details or timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything between the business and this person, newest first: messages, calls, replies, consent changes, imports and merges.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ContactEditorDialog</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
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
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the names when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Phone numbers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;E-mail addresses&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom fields&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a name, an organization, a phone number or an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ContactEdits</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to %1</source>
        <translation>
            <numerusform>Add %n contact to %1</numerusform>
            <numerusform>Add %n contacts to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s) from %1</source>
        <translation>
            <numerusform>Remove %n contact from %1</numerusform>
            <numerusform>Remove %n contacts from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::ContactExportTask</name>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting contacts to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no contacts to export in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Exported %n contact to %1.</numerusform>
            <numerusform>Exported %n contacts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::ContactExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver gave no native handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the contacts to export: %1</source>
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
    <message>
        <source>the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ContactFilterBar</name>
    <message>
        <source>Search names, numbers and e-mails (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
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
    <name>iq::ContactMerger</name>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged with %1 (%2)</source>
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
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
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
    <name>iq::ContactTimelineModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
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
    <message>
        <source>No contacts yet. Add one with New contact (Ctrl+N), import a file with File &gt; Import contacts (Ctrl+I) or by dropping it here, or use “iqm contacts add”; they appear here at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file (Ctrl+I), or drop the file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the contacts shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the contacts the search and filters list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching contact(s)</source>
        <translation>
            <numerusform>%n matching contact</numerusform>
            <numerusform>%n matching contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s) from:</source>
        <translation>
            <numerusform>Remove %n contact from:</numerusform>
            <numerusform>Remove %n contacts from:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the contacts to merge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not merge the contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts-selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ContentLibraryPage</name>
    <message>
        <source>Content library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved yet: write a message in Compose and press “Save to library”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ContentListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ContentRepository</name>
    <message>
        <source>There is no saved content with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the content a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snippet &quot;%1&quot; does not parse: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file %1 is not in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
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
    <name>iq::DemoServer</name>
    <message>
        <source>The demo needs the IQ Messaging server (iqmsgd), which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::DuplicatePairsModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both contacts have this number or e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared number or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::DuplicatesDialog</name>
    <message>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These contacts share a phone number or an e-mail address. Merge the ones that are the same person; leave the others as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicate contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for contacts that share a number or an e-mail address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicates: every number and e-mail address belongs to one contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts share a number or an e-mail address.</source>
        <translation>
            <numerusform>%n pair of contacts shares a number or an e-mail address.</numerusform>
            <numerusform>%n pairs of contacts share a number or an e-mail address.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::EmailRow</name>
    <message>
        <source>personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::GroupActions</name>
    <message>
        <source>Opting in needs a source: say where the consent came from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::GroupMembersModel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
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
    <name>iq::GroupsModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find contacts to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picker actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag contacts onto a group or the member list, or select them and press Add to group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the members of this group to CSV or vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group is for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the group “%1”? Its contacts stay; only the group and its memberships go. The consent history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on the Groups page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::HistoryExportTask</name>
    <message>
        <source>Exporting the history to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::HistoryFilterBar</name>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, number, address or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, not confirmed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered or busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error %1 ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages that failed with: %1. Press to show every error again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error filter: %1. Press to remove it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::HistoryModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::HistoryPage</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list shown as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages or calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;lls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ImportEngine</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 was already rolled back on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; looks like %2 with its leading zero lost, as spreadsheets do with numbers; format the column as text and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is not a valid number for region %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no name, organization, phone number or e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opt-out column of %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone number (%1) as line %2 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same e-mail address (%1) as line %2 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the profile (matched by %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the profile (matched by %1); skipped as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out in the profile: stays opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exists, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ImportFilePage</name>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet, Google Contacts, Outlook or Mailchimp, or a vCard file from a phone. Nothing changes in your contacts until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv, .txt or .vcf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop a file on this window or on the Contacts page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.tsv *.vcf *.vcard);;CSV files (*.csv *.txt *.tsv);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every import, newest first. Undoing one removes the contacts it created, restores those it updated and takes people out of the groups it added them to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the selected import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of %1 from %2? Contacts it created are removed, even if you edited them since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each column of the file goes. Change any of them; columns you skip are not imported, custom fields keep the column under its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognized format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognized format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import column “%1” as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the mapping to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: it is not a saved mapping (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the mapping %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ImportOptionsPage</name>
    <message>
        <source>Choose how to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These apply to every person in the file. The next step shows exactly what will happen before anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default region for phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two letters, such as US, GB or DE: the country of numbers written without +country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People already in your contacts (same number or e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People already in your contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip them: keep your contacts as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip people already in your contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill in what is missing: the file only fills empty fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in empty fields of people already in your contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite: the file&apos;s values replace yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite people already in your contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add everyone to these groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group names separated by commas, e.g. Mac Users, Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: record no consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the consent came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. paper sign-up sheet, March 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People your contacts hold as opted out stay opted out, whatever the file says; the file&apos;s own unsubscribe columns are honoured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default region is two letters, such as US or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the consent came from (for example “paper sign-up sheet, March 2026”), or choose Unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ImportPlanModel</name>
    <message>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ImportPlanPage</name>
    <message>
        <source>Check the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen to each row of the file. Nothing has changed yet: press Import to do it, or go back to change the mapping or the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, row by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to read the whole reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the whole file and comparing it with your contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n row(s).</source>
        <translation>
            <numerusform>%1 (%2): %n row.</numerusform>
            <numerusform>%1 (%2): %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be recorded as opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 note(s) worth a look in the last column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table lists the first %1 rows of each kind; the counts cover every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing would change no contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ImportPreviewPage</name>
    <message>
        <source>Check how the file reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be read. If letters look wrong, choose another encoding; if everything sits in one column, choose another delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row holds &amp;column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row holds column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A vCard file: each card is one person. The first %n card(s):</source>
        <translation>
            <numerusform>A vCard file: each card is one person. Showing %n card:</numerusform>
            <numerusform>A vCard file: each card is one person. The first %n cards:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read as %1%2, fields separated by %3, %4. The first %n row(s):</source>
        <translation>
            <numerusform>Read as %1%2, fields separated by %3, %4. Showing %n row:</numerusform>
            <numerusform>Read as %1%2, fields separated by %3, %4. The first %n rows:</numerusform>
        </translation>
    </message>
    <message>
        <source>column names in the first row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row of column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ImportResultPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contacts change in one step: a cancelled import changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows that were not imported, with a column saying why: fix them in a spreadsheet and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the contacts this import created and restores those it updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1. To undo it later, use File &gt; Import history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in your contacts, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid, not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group memberships added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n rejected row(s)…</source>
        <translation>
            <numerusform>&amp;Save %n rejected row…</numerusform>
            <numerusform>&amp;Save %n rejected rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the rejected rows to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the rejected rows to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the contacts and indexing them for search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ImportSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was rolled back: %1 contacts removed, %2 restored as they were, %3 group memberships removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ImportWriter</name>
    <message>
        <source>The SQLite driver gave no native handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::KeyboardShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
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
    <message>
        <source>Storing a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the %1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a value this version of the app does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another record already has the same &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to a record this device does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device&apos;s database refused it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up what a record refers to</source>
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
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of contacts, their members and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message and see exactly what each recipient gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved messages, snippets and recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a sync could not merge, for you to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new local profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message to your groups, now or later, and see who got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message sent and every call, with its status and why it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::MediaStore</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; media files can be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 (%3), which messages cannot carry; use an image (PNG, JPEG, GIF), a PDF or an audio recording (MP3, WAV, OGG, M4A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; files of this type can be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the media folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store &quot;%1&quot; in &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file %1 is not in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::MergeContactsDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; look like the same person. Choose what the merged contact keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: keep “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both contacts have the same names and details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a valid number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both consent histories are kept. Where the two disagree for a group or a channel, the stricter answer wins: an opt-out always stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be deleted after the merge. A merge cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the two contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::MessageDetailPane</name>
    <message>
        <source>Message details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see its details and status history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign and channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 (no description known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::Notifier</name>
    <message>
        <source>Campaign failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be sent. The Campaigns page says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has finished: %2 delivered, %3 not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new opt-out(s)</source>
        <translation>
            <numerusform>%n new opt-out</numerusform>
            <numerusform>%n new opt-outs</numerusform>
        </translation>
    </message>
    <message>
        <source>a contact without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) opted out.</source>
        <translation>
            <numerusform>%1 and %n other opted out.</numerusform>
            <numerusform>%1 and %n others opted out.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 opted out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::OptOutDialog</name>
    <message>
        <source>Opt out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt out %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opt out %n contact(s)?</source>
        <translation>
            <numerusform>Opt out %n contact?</numerusform>
            <numerusform>Opt out %n contacts?</numerusform>
        </translation>
    </message>
    <message>
        <source>They will get no more messages on any channel, in any group. The opt-out is kept in the consent ledger and cannot be undone; opting someone back in needs a new consent record with its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the opt-out came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::PhoneNumberRow</name>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, e.g. (415) 555-0123 or +44 7400 123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as typed; it will not be messaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::PhoneNumbers</name>
    <message>
        <source>The number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the wrong number of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number in use in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::PreferenceActions</name>
    <message>
        <source>The default region must be a two-letter country code such as US, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours: the sending window must start before it ends (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync interval must be between 1 and %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message history is kept between 1 and %1 months, or for ever.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::PreflightPanel</name>
    <message>
        <source>Pre-flight summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gets nothing and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gets it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who waits for quiet hours to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gets nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Pre-flight to see who gets what before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every person of the audience…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-flight could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will get this message</source>
        <translation>
            <numerusform>%n person will get this message</numerusform>
            <numerusform>%n people will get this message</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them later, when their quiet hours end</source>
        <translation>
            <numerusform>, %n of them later, when their quiet hours end</numerusform>
            <numerusform>, %n of them later, when their quiet hours end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. %n person(s) get nothing.</source>
        <translation>
            <numerusform>. %n person gets nothing.</numerusform>
            <numerusform>. %n people get nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS segment(s) in all.</source>
        <translation>
            <numerusform>%n SMS segment in all.</numerusform>
            <numerusform>%n SMS segments in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::PreflightPeopleModel</name>
    <message>
        <source>Gets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours: goes out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::PreparedStatements</name>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::RecordConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All voice calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person or by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sign-up sheet at the counter, 3 March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new consent record needs its source: where and how the person agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a server address; use one like https://sync.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a secure address: the password and sign-in tokens would travel unencrypted. Use https:// (plain http:// is allowed only for a server on this computer, such as http://127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used the next time IQ Messaging starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a &amp;campaign has finished sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when a campaign has finished sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When someone &amp;opts out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when someone opts out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings belong to the open profile and travel with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default region for numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s country (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;region for numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing messages are sent from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing messages are sent until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send marketing &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours: outside this window, in each recipient&apos;s local time, a marketing message waits until it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep message history for months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep message history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exports go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where export dialogs open; empty means your home folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual proxy: enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual proxy: &quot;%1&quot; is not a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports: the folder &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time IQ Messaging starts.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>No new account could be opened with this e-mail address and password. If the address already has an account, sign in with its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 and points to %2. Redirects are not followed, so that your password and sign-in never go to an address you did not choose; if that is the server&apos;s new address, enter it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::SyncController</name>
    <message>
        <source>Local profile, not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced, but the renewed sign-in could not be saved in the keychain: %1 It is kept while the application runs and saved as soon as the keychain takes it.</source>
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
        <source>Storing the sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropping a sent change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the version of a sent change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing a change set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the merge base of a sent change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1 KiB, more than the %2 KiB a request to the server may carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is %1 KiB, more than the %2 KiB the server keeps for one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of %1 %2 was not sent: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::SyncLock</name>
    <message>
        <source>A sync of this profile is already running (in IQ Messaging or iqm); try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the sync lock %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::SyncProtocol</name>
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
    <name>iq::SyncStatusWidget</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the server now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local only — sign in to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is kept on this computer only. Account &gt; Sign in connects it to an account and uploads its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out — sign in to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain — working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (with problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — last synced %1, will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync problem — will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n change(s) to send</source>
        <translation>
            <numerusform> · %n change to send</numerusform>
            <numerusform> · %n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n conflict(s) to review</source>
        <translation>
            <numerusform> · %n conflict to review</numerusform>
            <numerusform> · %n conflicts to review</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n change(s) not sent</source>
        <translation>
            <numerusform> · %n change not sent</numerusform>
            <numerusform> · %n changes not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server cannot take %n change(s): too large, or refused. They stay on this computer; edit the record to send it again.</source>
        <translation>
            <numerusform>The server cannot take %n change: too large, or refused. It stays on this computer; edit the record to send it again.</numerusform>
            <numerusform>The server cannot take %n changes: too large, or refused. They stay on this computer; edit the record to send it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::Theme</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::TimelineActions</name>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held for quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyword reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer to their keyword reply: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 message: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call of “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from %1, forwarded to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed call from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword reply: %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied “%1”: %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added as a new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rolled back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with %1</source>
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
    <name>iq::VCardReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the card that starts here has no END:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 cards; this card and the ones after it are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is longer than %2; the card that starts on line %3 is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the card that starts here is larger than %2 (at line %3); it is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::VoicePreview</name>
    <message>
        <source>No speech engine on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine does not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud is not part of this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio device on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing recordings is not part of this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::WelcomeDialog</name>
    <message>
        <source>Welcome to IQ Messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to IQ Messaging&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message the customers who opted in, by SMS, e-mail and voice. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server on this computer with a small shop&apos;s contacts, groups and templates. Nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the IQ Messaging server (iqmsgd), which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the account you already have, and sync with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync your contacts and campaigns between your computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work on this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account: everything stays here. You can sign in later from the Account menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::WelcomeFlow</name>
    <message>
        <source>The demo could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

You can keep working on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::campaign::DeliveryErrors</name>
    <message>
        <source>The handset was off or out of reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier reported an unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is not in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is a landline or its carrier cannot take messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by the carrier as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line was busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered the call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iq::campaign::RecipientRules</name>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent for marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same address as another recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalized message is empty</source>
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
        <source>Added %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: &quot;%1&quot; is not a valid phone number; kept as typed.</source>
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
    <message>
        <source>List the profile&apos;s contacts, sorted by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts whose names or e-mails start with these words, or whose numbers contain these digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members of this group (name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts with this consent: opted-in, opted-out, pending or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt a contact out of every channel and group. Recorded in the consent ledger with its source; opting back in needs a new consent record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the opt-out came from, e.g. &quot;STOP reply&quot; (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source is required: say where the opt-out came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt a contact out of everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new group&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the new group as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added group %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the groups with their member and opted-in counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members, %2 opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a group. Its contacts and the consent history stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a group&apos;s members with their consent in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact to a group, recording their consent in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted-in, opted-out, pending or unknown (default); opted-in needs --source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the consent came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opting in needs --source: say where the consent came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a contact from a group. The consent history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List groups with member counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a group&apos;s members and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact to a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a contact from a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 (%2, %3%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group memberships added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as opted out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows written to %1 (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file. Prints the plan with --dry-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV or vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region for numbers without a country code, e.g. US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add everyone imported to this group (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a row matches a contact by number or e-mail: skip (default), update (fill empty fields) or overwrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to record for the groups: opted-in, opted-out, pending or unknown (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where that consent came from, e.g. &quot;paper sign-up sheet, March 2026&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a column mapping saved with --save-mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the column mapping used to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s encoding (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma, semicolon, tab or pipe (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row is data, not column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop columns that map to no field instead of keeping them as custom fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rows not imported, with a reason, to this CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would happen; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or overwrite, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--consent opted-in needs --consent-source saying where the consent came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon, tab or pipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(opted out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the mapping to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. To undo: iqm contacts import-rollback %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo an import as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id the import printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back the import of %1: %2 contacts removed, %3 restored, %4 group memberships removed, %5 groups removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List past imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(rolled back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts to CSV (the layout import reads back) or vCard 4.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write; - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (default) or vcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the members of this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts whose name, number or e-mail contains this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write cells exactly, without the apostrophe that stops spreadsheets running cells starting with = + - @ as formulas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or vcard, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from CSV or vCard (--dry-run: the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List past imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts to CSV or vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the server cannot take stay on this computer.</source>
        <translation>
            <numerusform>%n change the server cannot take stays on this computer.</numerusform>
            <numerusform>%n changes the server cannot take stay on this computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain: %1 Sign in again with &apos;iqm account login&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on another device, edited here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted here, edited on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this computer had %2, the server kept %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the conflicts syncs kept for review, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a conflict: keep the server&apos;s value, or put this computer&apos;s back (it goes out with the next sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict&apos;s number, as &apos;iqm sync conflicts&apos; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server or local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep must be server or local, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which value stays with --keep server or --keep local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conflict number; &apos;iqm sync conflicts&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1: this computer&apos;s value is back and goes out with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1: the server&apos;s value stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the conflicts syncs kept for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the server&apos;s or this computer&apos;s value of a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the library shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sms, email, voice or snippet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail&apos;s subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text: SMS, plain e-mail, voice script or snippet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the text from FILE (UTF-8; - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail&apos;s HTML body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the HTML body from FILE (UTF-8; - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag; repeat for several. Replaces the tags it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the saved item as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --%1 or --%2, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the content library: saved messages and snippets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this kind: sms, email, voice or snippet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one saved item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a message or a snippet to the content library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iqm content add: give the item a name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a saved item; what is not given stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iqm content edit: nothing to change; see --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --tag or --no-tags, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a saved item under a new name, &quot;NAME (copy)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the copy as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a saved item (a tombstone stays until the deletion has synced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List saved messages and snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one saved item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a message or snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a saved item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a saved item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language needs a language code, e.g. de or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--custom-field takes KEY=VALUE (KEY= removes the field), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iqm contacts edit: nothing to change; give at least one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New given name (empty clears it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New middle name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name lists show, instead of the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes, replacing the old ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language as a tag such as de or pt-BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number; repeat for several. Replaces every number (&quot;&quot; removes them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address; repeat for several. Replaces every address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a custom field (repeat for several); KEY= removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a number that is not valid as typed (it will not be messaged) instead of refusing the edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the edited contact as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a contact&apos;s fields; the fields not given stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a contact&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List pairs of contacts that share a phone number or an e-mail address, the most recently changed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many pairs (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a positive number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two contacts into one: numbers, e-mails, custom fields, groups and consent history of both; where they disagree on consent the stricter wins. The kept contact&apos;s fields win where it has them. Cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One contact&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other contact&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the contact that stays (A or B; default A). The other is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the merged contact as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep must be %1 or %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2 (%3): %n group(s) joined</source>
        <translation>
            <numerusform>Merged %1 into %2 (%3): %n group joined</numerusform>
            <numerusform>Merged %1 into %2 (%3): %n groups joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent change(s) recorded.</source>
        <translation>
            <numerusform>%n consent change recorded.</numerusform>
            <numerusform>%n consent changes recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every consent change recorded for a contact, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state must be opted-in, opted-out, pending or unknown, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be manual, paper, web-form or keyword, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a contact&apos;s consent for a whole channel or for one group, with where and how it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sms, email or voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group (name or id) instead of a channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted-in, opted-out, pending or unknown (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual (default), paper, web-form or keyword.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and how the person agreed or refused (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --channel or --group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel must be sms, email or voice, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List likely duplicate contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two contacts into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent for a channel or a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a contact&apos;s consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) waiting for a connection sent.</source>
        <translation>
            <numerusform>%n campaign waiting for a connection sent.</numerusform>
            <numerusform>%n campaigns waiting for a connection sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a campaign draft: its audience, channel, kind and text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group to send to, by name or id; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the members of this group; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single contact to send to, by id; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing (the default) or transactional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message, with fields such as {{first_name}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved message of the content library, by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to send (ISO 8601); without it, when sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone of --at, e.g. Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the campaign as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel must be sms, email or voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be marketing or transactional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --text or --template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one --group or --contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-zone goes with --at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created campaign %1 (%2), a draft; &apos;iqm campaign preflight %2&apos; shows who gets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who will get the campaign&apos;s message, who will not and why, and what it costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recipient(s), %2 of them held for quiet hours; %3 excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 segment(s), about %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the campaign now, or at its time. Without a connection it waits and goes out with the next sync or send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is waiting for a connection: %2 It goes out with the next &apos;iqm sync&apos; or &apos;iqm campaign send&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause a running or scheduled campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume a paused campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a campaign; sent messages stay sent, the others are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the campaigns, newest first, with their state and counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns yet. Make one with &apos;iqm campaign create&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recipient(s), %2 delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a campaign&apos;s state and each recipient&apos;s message, from the server when it can be reached, else as of the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached (%1); this is the state of the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a campaign draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gets a campaign, who does not and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a campaign (queued while offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause a running campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume a paused campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign&apos;s state and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a saved item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures by reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a campaign achieved, as of the last sync: delivered, failed, undeliverable and pending messages, opt-outs and replies since, failures by reason and deliveries over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a campaign achieved, with failures by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this campaign&apos;s, by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls with this outcome (answered, voicemail, no_answer, busy) or type (inbound, outbound, campaign...); several separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages in this status (queued, held, sent, delivered, failed, undeliverable, skipped); several separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sms, email or voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this contact&apos;s, by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this date or time on (2026-03-01, 2026-03-01T09:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to this date (the whole day) or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those whose recipient&apos;s name, number or address, or text, contains this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV (safe to open in a spreadsheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date (2026-03-01) or a time (2026-03-01T09:30), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the messages sent, newest first, with their status, error and status history, as of the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the calls, newest first, as of the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything between the business and a contact, newest first: messages with their status, calls, replies, consent changes, imports and merges, as of the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages sent, with status and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls made and received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything between the business and a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages that failed with this error code (30003...); several separated by commas.</source>
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

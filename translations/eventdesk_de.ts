<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AdministrationPage</name>
    <message>
        <source>&amp;Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workflow definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The s&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter what waits for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with your decision (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you reject or cancel it (required for that)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log — who did what, when and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in comment or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by text in comment or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of global position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-computes every event&apos;s hash from its contents and its predecessor, then runs SQLite&apos;s integrity check. The console stays usable meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed exports of the audit log come with a later release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified in this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission to decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests submitted per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadLettersPage</name>
    <message>
        <source>Filter by service, operation, error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the edit (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with edi&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDetailPanel</name>
    <message>
        <source>Select an event in the list: its stream&apos;s state right after it, what it changed, its envelope, its thread and the requests as they stood then appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State after the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made by the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causation id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the events it caused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop looking for the events it caused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System as of here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Requests&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests as they stood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox as it stood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewStoreDialog</name>
    <message>
        <source>Create a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;currency:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Making the demo company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EventDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>This request is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager (%1, up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager (no manager&apos;s limit covers %1: it will wait)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SagaTrace</name>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compensating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compensated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SagasPage</name>
    <message>
        <source>Workflow filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by request, step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sagas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events of this saga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of this saga</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of the selected service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calls go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated, or an https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the simulated adapter: up, down, flaky:RATE (0 to 1) or slow:MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store to open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to EventDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited and retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreTab</name>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consistent copy of the open store, written while the console keeps working, then verified event by event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilds the read models (requests, sagas, audit log, reports) from the first event. Other pages keep showing the old models until the rebuild commits; new events wait meanwhile. Cancel leaves everything as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rebuild read models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitRequestDialog</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the request is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1200.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the approvers should know (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Event density over time — drag across the chart to filter by a time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of the streams whose id starts with this: a category (purchase), a stream id or its first characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by stream or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events whose payload contains this text (exact case), or matches it as a regular expression when Regex is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by text in the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rege&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the text as a regular expression, matched against each payload in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of matching events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position scrubber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move through the store by global position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a global position (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval &amp;limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the workflow&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to EventDesk&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests, approvals and payments, every change an event you can trace. Choose where to start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore the demo company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company with people in every role and 200 requests, in a store of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent stores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowsTab</name>
    <message>
        <source>&amp;Validate file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: the %2 workflow, version %3, with %n step(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded version %1 of the %2 workflow from %3: new requests use it; running ones keep their version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Demo company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments wait for the payment service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo company was made but could not be moved to %1; check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s sagas could not go on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo company was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo company could not be made (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator; holds every role, for a tour of every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff: submits requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager, the workflows&apos; default limit (5,000 EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager, limit 50,000 EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finance: finalizes and pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warehouse: packs and ships orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditor: reads the whole history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; the demo company is only made at a path that holds no file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::AccessControl</name>
    <message>
        <source>Access denied: %1 may not %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the refusal failed too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 role is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::Authenticator</name>
    <message>
        <source>The user name or the password is wrong; check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is locked after too many failed sign-ins until %2; wait, or ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed sign-ins in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask an administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::Breakers</name>
    <message>
        <source>set the %1 breaker to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin role is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service named &quot;%1&quot;; the services are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record breaker samples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::CircuitBreaker</name>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count-based window holds 1 to %1 calls, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time-based window lasts %1 to %2 ms, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum number of calls must be at least 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failure-rate threshold is a percentage from 1 to 100, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slow-call-rate threshold is a percentage from 1 to 100, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slow-call duration must be at least 1 ms, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait in open cannot be negative (%1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-open admits 1 to 1000 probe calls, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest wait for a probe must be at least 1 ms, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window kind is &quot;count&quot; or &quot;time&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored breaker state &quot;%1&quot; is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::Credentials</name>
    <message>
        <source>The store %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users changed while the password was being set; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::Event</name>
    <message>
        <source>The payload of a %1 event is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata of a %1 event is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stream yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an existing stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream id is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream id &quot;%1&quot; contains a forbidden character at position %2: use letters, digits and - _ . : @ (and $ only first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream id &quot;%1&quot; has no category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event type is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event type is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event type &quot;%1&quot; must start with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event type &quot;%1&quot; may contain only letters, digits, _ and .</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::HealthMetrics</name>
    <message>
        <source>The store %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A health window is at least one second long, not %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plot step is a whole number of seconds, not %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plot has at most 100000 steps; take longer steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount; write digits with &quot;.&quot; before the decimals, like 1200.50 (no sign, exponent, spaces or thousands separator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not known; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 amounts have no decimals; &quot;%2&quot; has some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals; &quot;%3&quot; has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 is more than the maximum, %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be greater than 0; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 %2 is out of range (0 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::Password</name>
    <message>
        <source>The password is longer than %1 bytes; choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short: it needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password library (libsodium) could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing the password ran out of memory; close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::RecentEventsModel</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::Roles</name>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; the roles are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role given; name one or more of %1, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::StateLoader</name>
    <message>
        <source>Stream %1 has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1 had no events at or before position %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::Store</name>
    <message>
        <source>%1 already exists; restore to a path that holds no file, so no store is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied to %1; check the free space and that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not verify (%2); nothing was restored. Try an older backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored store could not be moved into place at %1; check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An append to %1 holds no events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version of a %1 event must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 event has no event id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event id %1 appears twice in one append.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 event is %2 bytes; the limit is %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload of a %1 event is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata of a %1 event is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outbox message has no destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outbox message has no message id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload of a message to %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 has been closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare the writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begin a write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1 %2, but the append expected %3; nothing was written. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event id %1 is already stored in another stream; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>append</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message id %1 is already in the outbox; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>append to the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a stream version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up an event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some event ids of this append to %1 are already stored and some are not, or they belong to another stream; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begin an append</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the head of the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its event tables are missing. Restore it from a backup with &quot;eventdesk-cli restore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer EventDesk (store schema %2; this version understands up to %3). Install a newer EventDesk to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older store schema (%2) and must be upgraded once; open it writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be upgraded: its backup copy did not verify (%2). The store was not changed; run &quot;eventdesk-cli verify&quot; on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup before upgrading %1 could not be written; check that its folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is open read-only; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a path that holds no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy did not verify (%1), so it was not kept. Run &quot;eventdesk-cli verify&quot; on the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be moved into place at %1; check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver is missing; install the Qt 6 SQLite plugin (Debian: libqt6sql6-sqlite) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is locked by another program; close that program or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is read-only; nothing was written. Open a writable copy, or check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was written. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to %1 failed (%2); nothing was written. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged (%2). Restore it from a backup (eventdesk-cli restore), or open a copy read-only to recover what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be opened (%2); check that the folder exists and is accessible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 failed to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no EventDesk store at %1; check the path, or create one with &quot;eventdesk-cli init --store %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not an EventDesk store; give the path of the store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not an EventDesk store; check the path, or create a store with &quot;eventdesk-cli init&quot; at a path that holds no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an EventDesk store (it is not an SQLite database); check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an EventDesk store; check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (its header is invalid). Restore it from a backup with &quot;eventdesk-cli restore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its header says (truncated). Restore it from a backup with &quot;eventdesk-cli restore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begin a migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration to store schema %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit a migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a new store is only made at a path that holds no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new store could not be moved into place at %1; check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 is missing from the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hash of event %1 does not match its contents or its predecessor: the event was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::UserAdministration</name>
    <message>
        <source>the admin role is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers have an approval limit; add the manager role or leave the limit out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval limit is in the store&apos;s base currency, %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store already has users; an administrator adds more with &quot;eventdesk-cli users add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named %1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users kept changing while %1 was being added; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1; &quot;eventdesk-cli users list&quot; shows who there is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users kept changing while %1 was being changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator and must keep the admin role; give another user the admin role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has exactly these roles; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the user themself or an administrator may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users kept changing while the password of %1 was being set; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already disabled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator and cannot be disabled; make another user an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already enabled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not locked; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::Users</name>
    <message>
        <source>The store %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; must start with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; may only hold letters, digits and . _ - @.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::bench</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark&apos;s SQLite call failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insert a baseline row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  raw SQLite baseline: %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline read returned nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (peak memory so far: %2 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--events must be between %1 and %2; %3 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be made for the benchmark (%1); give --store NEW_PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; the benchmark makes a new store, so give a path that holds no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appending %1 events, %2 a transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appending %1 events one a transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appending %1 events from %2 concurrent submitters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark store holds %1 events, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving snapshots every %1 events of each stream…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading all %1 events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the benchmark store gave %1 events, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 timeline pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timeline page held %1 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 states at random positions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of %1 stood at position %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1 times through a closed circuit breaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserting the same %1 rows through the SQLite C API…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering %1 outbox messages to the simulated services…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::commands</name>
    <message>
        <source>there is no user of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workflow &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit a %1 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream %1 is not a %2 request&apos;s stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the request %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request %1; &quot;eventdesk-cli events&quot; lists the streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request %1 runs on version %2 of the %3 workflow, which this store does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request %1 kept changing while %2 acted on it; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a request stream; a request&apos;s stream is its workflow and an id, e.g. purchase-7f3a2c1e-….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::domain</name>
    <message>
        <source>Nobody approves their own request: %1 submitted this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already approved this request (at the step %2); an approval chain needs a different person at each approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody decides on their own request: %1 submitted this one; someone else must approve or reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 workflow cannot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step %1 has not started: this request is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step %1 is not under way: this request is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 workflow cannot undo its step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 service did nothing for this request yet, so there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is Completed; the effect of its step %1 stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request takes at most %1 fields; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field name &quot;%1&quot; is not valid: use letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;, starting with a letter, at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be text, a number or true/false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 decider was given the definition of the %2 workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was already submitted; submit a new one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 may submit a %2 request; %3 has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title is needed: 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title must be one line of text, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be greater than 0; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 is more than the maximum, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is already %1; nothing more can be done with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is waiting for the %1 service (step %2); no one acts on it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one acts on this request now; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was already approved by %1: the step %2 is already done (by %1); it is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step %1 is already done (by %2); this request is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step %1 is already done; this request is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not offered at this step: this request is %2 (step %3), which offers %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 may %2 at the step %3; %4 has %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 this request, give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 workflow has no automated step &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step %1 has no compensation, so no compensation outcome can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failure is recorded with its cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has already shipped; it can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock for this order is not reserved yet; pack it once the inventory service has reserved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order workflow cannot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock for this order is already reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock is reserved for this order; there is nothing to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is still %1; its stock stays reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release of stock is under way for this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transfer has no handler &quot;%1&quot;; it started with the handlers of its definition version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handler %1 already succeeded for this transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handlers of a transfer have no compensation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer is carried out by its handlers; no one acts on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::AdministrationPage</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ApprovalsPage</name>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a moment ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved this %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected this %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled this %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acted on this first (%2) %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to decide on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What waits for you could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for you. New requests that need your approval (or a task of yours) appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here matches &quot;%1&quot;. Clear the filter to see all that waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a reason (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your approval limit does not cover %1: your approval is recorded, and a manager with a higher limit must also approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request no longer waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason, then press Ctrl+R again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else acted on this first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your approval is recorded; a manager with a higher limit must also approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::AuditLogModel</name>
    <message>
        <source>%1 — reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment / reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::AuditPage</name>
    <message>
        <source>Requests submitted per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ entries (scroll for more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry matches these filters. Clear a filter or the &quot;as of&quot; position to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log lists every decision, change and sign-in with who made it and why. It fills as people submit and decide requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ OK: %n event(s); the hash chain and the integrity check pass.
Head hash %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Store verified: %n event(s) OK</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✖ FAILED at global position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: keep this copy for the investigation, close the console and restore the newest verified backup (eventdesk-cli restore --from BACKUP --to NEW-STORE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store verification FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 approved, %3 rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1 h, 90%% within %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reminders, %2 escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::DeadLetterModel</name>
    <message>
        <source>Parked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::DeadLettersPage</name>
    <message>
        <source>No parked messages. A message is parked here when a service refuses it for good or its retries run out; tick Show resolved to see earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can retry or discard dead letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dead letter to see its payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dead letters could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 · %2 · %3&lt;/b&gt; — %4&lt;br&gt;%5&lt;br&gt;attempts: %6; first failed %7, parked %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON (at character %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter #%1 was not retried: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter #%1 queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no parked messages to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry 1 parked message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry %1 parked messages?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dead letters were not retried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages queued again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited message was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter #%1 edited and queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead letter #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dead letter is discarded only with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter #%1 was not discarded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter #%1 discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::DefinitionsModel</name>
    <message>
        <source>%1 (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped with EventDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New requests of this workflow use this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests started with this version keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::DensityChart</name>
    <message>
        <source>Event density over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per time interval; drag across it to filter the list to a time range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::DiscardDialog</name>
    <message>
        <source>Discard dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard %1? It will not be sent again. Why (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for discarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::EventDetailLoader</name>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare the thread query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through its message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no event or message of this store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last step before this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next step after this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look for the events it caused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::EventDetailPanel</name>
    <message>
        <source>This stream is no workflow request, so its state is the generic fold: the payloads of its events up to this one, merged in order — each payload&apos;s top-level fields replace the same fields of the state; nothing is ever removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event could not be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the event at position %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2 — version %3, position %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request as its stream&apos;s events up to this one rebuild it (the aggregate&apos;s JSON form, as `state --json` prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of %1 right after version %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the stream&apos;s first event: it is compared with an empty state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the state after version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 This event changed no field of the state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 added, %3 removed, %4 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this event came from and what came of it. Press Enter on a link (or double-click it) to open that event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request had been submitted by position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests as they stood right after position %1 (%2 of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read models are still catching up: this list completes when they reach this position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 UTC, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waited for %1 at position %2. Pick another user above to see their inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waited for %1 at position %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the inbox of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the events it caused (a scan of the events after this one)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events it caused could not be found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looking for the events it caused: %n found so far, up to position %1 of %2…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It caused no events (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It caused %n event(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the events it caused are listed up to position %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::EventDetailRequestsModel</name>
    <message>
        <source>%1 — version %2 at position %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::EventDetailThreadModel</name>
    <message>
        <source>Caused by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its saga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open event %1 (%2 in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::HealthPage</name>
    <message>
        <source>Reading the services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services are configured. An administrator adds them under Administration → Services; their breakers, rates and queues appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already %2; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set on the Health page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 breaker is forced open: no calls go out until it is set back to automatic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 breaker is forced closed: every call goes out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 breaker follows the automatic rules again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: only an administrator may change services and breakers (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::JsonDiffModel</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::JsonTreeModel</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 by this event</source>
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
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::MainWindow</name>
    <message>
        <source>EventDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the store…</source>
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
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ctrl+1 … Ctrl+8&lt;/b&gt; go to the pages in the order of the rail.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; goes to the page&apos;s filter.&lt;/p&gt;&lt;p&gt;In Approvals, &lt;b&gt;Ctrl+Enter&lt;/b&gt; approves and &lt;b&gt;Ctrl+R&lt;/b&gt; rejects.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About EventDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About EventDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;EventDesk %1&lt;/h3&gt;&lt;p&gt;The desktop console for event-driven business workflows.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open breakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome — EventDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store this window works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo company. Sign in as %1 to see every page, or as any demo user; every password is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Not signed in&lt;/h2&gt;&lt;p&gt;Sign in to see this store. &lt;a href=&quot;signin&quot;&gt;Sign in…&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — EventDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All breakers closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::NewStoreDialog</name>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the new store goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EventDesk stores (*.eventdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the new store goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::RequestDetailView</name>
    <message>
        <source>Request detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::RequestTableModel</name>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::RequestsPage</name>
    <message>
        <source>New request (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see its fields, path and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet. Requests appear here as people submit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not submitted any requests. Use New request… (Ctrl+N) to ask for a purchase, an expense or an order; it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request matches &quot;%1&quot;. Clear the filter to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SagaDiagramView</name>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saga steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 · %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saga events for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saga selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a saga on the left to see its steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SagaEventsModel</name>
    <message>
        <source>(saga)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open this event in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SagaListModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SagasPage</name>
    <message>
        <source>All workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sagas match. A saga starts when someone submits a request; clear the filters to see every saga.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a saga to see its steps and events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sagas could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 saga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sagas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saga could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sagas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ScreenshotTour</name>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ServiceCard</name>
    <message>
        <source>%1 service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to see its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls that went out, every 10 seconds over the last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark is the failure rate at which the breaker opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages waiting for this service in the outbox: they go out when it answers again (payments queue while the payment service is down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: %1 in the last minute, %2 in 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure rate %1 · opens at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 latency %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 latency —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaker %1, failure rate %2, %3 queued. Press Enter to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ServiceControls</name>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flaky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated mode of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the simulated %1 service answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the mode of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force the %1 breaker open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every call to %1 until the breaker is set back to automatic; the messages wait in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force the %1 breaker closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let every call to %1 go out, whatever its failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the %1 breaker back to the automatic rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End an override: the breaker closes and judges calls again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is called over HTTP: it answers as the real service does, so it has no simulated mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flaky, %1% of calls failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow, %1 ms an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share failing (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of %1 calls that fail, from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay of each %1 answer in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the share of calls that fail as a number from 0 to 1, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the delay as whole milliseconds from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ServiceDetailPanel</name>
    <message>
        <source>last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a service card (click it, or focus it and press Enter) to see its breaker, call and failure rates, latency and queue over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breaker&apos;s state over time: green closed, amber half-open, red open; an outline marks a state an administrator forced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>went out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short-circuited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens at %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ServicesModel</name>
    <message>
        <source>simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the real service is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ServicesTab</name>
    <message>
        <source>Settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of %1 were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: %1 already had these settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
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
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EventDesk stores (*.eventdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language and the store take effect the next time EventDesk starts; the appearance changes at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SignInDialog</name>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::StoreTab</name>
    <message>
        <source>Restoring replaces the store, so it is done with the console closed, from the command line. It checks the backup, copies it to a new file, verifies the copy and only then puts it in place:

    eventdesk-cli restore --from BACKUP-FILE --to NEW-STORE-PATH

Then start the console on it (eventdesk --store NEW-STORE-PATH). The current store (%1) is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the store to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EventDesk stores (*.eventdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing and verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy did not verify (%1); do not rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: %1 events in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read models rebuilt from %1 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild cancelled; the read models are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rebuild failed; the read models are as they were: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SubmitRequestDialog</name>
    <message>
        <source>Give the request a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title has %1 characters; at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code this system knows (e.g. EUR, USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 decimals for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount greater than 0, digits with an optional &quot;.&quot; (e.g. 1200.50): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has %1 characters; at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the workflows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflows could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles do not let you submit requests. An administrator can give you the requester role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::TimelineModel</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::TimelinePage</name>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global position (1–%L1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event at or after position %L1 matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1+ events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 events up to position %L2 (search stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event matches these filters. Clear a filter or the time range to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline lists every event of the store in the order it was recorded: each request submitted, approved or paid, each saga step, each change to users. It fills as people work in the console; select an event to see the state it left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::TimelineQuery</name>
    <message>
        <source>Could not read the timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change roles and limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password for the new user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::UsersModel</name>
    <message>
        <source>workflow default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after failed sign-ins until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::UsersTab</name>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles of %1 were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::WelcomePage</name>
    <message>
        <source>Open a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EventDesk stores (*.eventdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;That store could not be opened.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Open another one, restore a backup with &lt;code&gt;eventdesk-cli restore&lt;/code&gt;, or explore the demo.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::WorkflowsTab</name>
    <message>
        <source>The workflow definitions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow definitions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::DeadLetters</name>
    <message>
        <source>Dead letter %1 was already retried by %2 at %3; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter %1 was already edited and retried by %2 at %3; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter %1 was already discarded by %2 at %3; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter %1 was resolved by someone else meanwhile; nothing was done. &quot;eventdesk-cli dlq show %1&quot; shows how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dead letter %1; &quot;eventdesk-cli dlq list&quot; shows the parked ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead letter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry a dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry all dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) would be retried; nothing was done. Confirm to retry them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>edit a dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited payload names the service &quot;%1&quot;, but dead letter %2 was for %3; a message keeps its service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited payload cannot be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discard a dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the dead letter is discarded (a reason is required).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::Dispatcher</name>
    <message>
        <source>prepare the dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>park a dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look for messages to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages were to be claimed, but %2 were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew the claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message cannot be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service named &quot;%1&quot; is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circuit breaker of %1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service adapter gave no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::DispatcherBench</name>
    <message>
        <source>The dispatcher benchmark needs at least one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder for the dispatcher benchmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dispatcher delivered %1 of %2 messages in time (%3 did not go through at once).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::Inbox</name>
    <message>
        <source>A message is processed once per handler: both need a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::Messages</name>
    <message>
        <source>The message names no service (&quot;service&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message names no operation (&quot;operation&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no idempotency key (&quot;idempotencyKey&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s &quot;correlationId&quot; is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s &quot;body&quot; is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::RetryPolicy</name>
    <message>
        <source>a permanent error: no retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attempts over %2 hours failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retry policy needs at least one attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retry policy&apos;s longest backoff must be at least its first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retry policy&apos;s backoff multiplier must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retry policy&apos;s jitter must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retry policy&apos;s times cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::projections</name>
    <message>
        <source>prepare a read model query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the read models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read models were not rebuilt: cancelled. They are as they were before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catching up the read models was cancelled at position %1; the next catch-up goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no read model named &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the read models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::services</name>
    <message>
        <source>use up, down, flaky:RATE (RATE from 0 to 1, e.g. flaky:0.3) or slow:MS (e.g. slow:250)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service named &quot;%1&quot;; the services are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failure rate of flaky must be from 0 to 1, e.g. flaky:0.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delay of slow must be from 0 to %1 milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no mode; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no http:// or https:// URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service URL may not hold a user name or password; credentials are kept out of the store (see docs/SERVICES.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for a loopback address (127.0.0.1, ::1, localhost); use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service URL; give an absolute https:// URL (http:// only for a loopback address), or &quot;simulated&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin role is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the mode of the %1 service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the URL of the %1 service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adapter is &quot;simulated&quot; or &quot;http&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the timeout of the %1 service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timeout must be from %1 to %2 milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A queue plot needs whole-second steps, at most 100000 of them, not a window of %1 ms in steps of %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::services::HttpAdapter</name>
    <message>
        <source>The %1 service is not called: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call to %1 needs an idempotency key of 1 to 255 printable ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correlation id of a call to %1 must be 1 to 255 printable ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount is sent as a decimal string, never as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 service answered %2; the call will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 service refused the call with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 service did not answer within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 service could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::services::SimulatedAdapter</name>
    <message>
        <source>A call for the %1 service reached the %2 adapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call to %1 needs an idempotency key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 service is down (simulated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 service failed this call (simulated, flaky).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a simulated call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated %1 service could not record the call: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idempotency key %1 was used before with a different request (simulated %2 service).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::workflow</name>
    <message>
        <source>The %1 workflow has no definition version %2 here; its handlers cannot act on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 workflow has no definition version %2 here, so its saga cannot go on; load that version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saga of %1 did not settle after %2 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 service refused the call for good.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::workflow::Definition</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
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
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong type: expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field %1; the fields here are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long: at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid name: use lower-case letters, digits and single hyphens, starting with a letter, at most %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deadline must be more than 0 hours, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deadline must be at most %1 hours (a year), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one could act: list at least one role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role %1; use one of %2, or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one would hear of it: list at least one recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown recipient %1; use a role name, %2, %3 or %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown service %1; the services are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 service has no operation %2; it offers %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rejection always needs a reason; set reasonRequired to true or leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody approves their own request: %1 cannot approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind %1; use approval, task, service or handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 step has no actions: people do not act on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step could never end: offer at least one action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate action %1 in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only approval steps apply approval limits, this is a %1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only service and handler steps call services, this is a %1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compensation for a step without a service call: there is nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compensation must call the service of the step it undoes (%1), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compensation repeats the step&apos;s own operation %1 instead of undoing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only handler steps can be optional, this is a %1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version must be a whole number from 1 to %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown coordination %1; use orchestrated or choreographed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 means the person who submitted the request, which nobody is before submitting; name roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workflow needs at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate step id %1 (also steps[%2])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handler steps belong to choreographed workflows; this one is orchestrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choreographed workflow has only handler steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field: the step %1 applies approval limits, so the definition needs a default limit for managers without their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown workflow %1; EventDesk carries out %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 workflow is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the step %1; the %2 workflow&apos;s steps are %3, in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the step %1 here; the %2 workflow&apos;s steps are %3, in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 workflow has no step %2; its steps are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step %1 of the %2 workflow is a %3 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step %1 cannot %2; it knows %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step %1 must offer %2, or it could never end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step %1 of the %2 workflow calls no service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field: the step %1 calls the %2 service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step %1 must call the %2 service, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step %1 of the %2 workflow has no compensation: nothing after it could fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field: the step %1 needs a compensation that undoes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the submitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON, or not a JSON object: a workflow definition is a JSON object, starting with {</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workflow definition is a JSON object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder; give a workflow definition file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large for a workflow definition (more than %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipped definition of the %1 workflow is missing from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown workflow %1; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eventdesk::workflow::DefinitionRegistry</name>
    <message>
        <source>The definition recorded at position %1 of %2 cannot be read by this version: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load a workflow definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin role is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 of the %3 workflow is not newer than the current version %4; give the definition a higher version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown workflow &quot;%2&quot;; use one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another administrator kept loading definitions at the same time; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>security::NewStore</name>
    <message>
        <source>%1 already exists; a new store needs a path that holds no file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

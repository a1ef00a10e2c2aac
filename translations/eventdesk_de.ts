<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AdministrationPage</name>
    <message>
        <source>&amp;Users and roles</source>
        <translation>&amp;Benutzer und Rollen</translation>
    </message>
    <message>
        <source>&amp;Workflow definitions</source>
        <translation>&amp;Workflow-Definitionen</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Dienste</translation>
    </message>
    <message>
        <source>The s&amp;tore</source>
        <translation>Der Ereignis&amp;speicher</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wartet auf Sie</translation>
    </message>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <translation>Filtern… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter what waits for you</source>
        <translation>Filtern, was auf Sie wartet</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <source>Recorded with your decision (optional)</source>
        <translation>Wird mit Ihrer Entscheidung gespeichert (optional)</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Begründung</translation>
    </message>
    <message>
        <source>Why you reject or cancel it (required for that)</source>
        <translation>Warum Sie ablehnen oder stornieren (dafür erforderlich)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log — who did what, when and why</source>
        <translation>Revisionsprotokoll — wer wann was warum getan hat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Filter by who</source>
        <translation>Nach Person filtern</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Filter by stream</source>
        <translation>Nach Stream filtern</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Filter by event type</source>
        <translation>Nach Ereignistyp filtern</translation>
    </message>
    <message>
        <source>Text in comment or reason</source>
        <translation>Text in Kommentar oder Begründung</translation>
    </message>
    <message>
        <source>Filter by text in comment or reason</source>
        <translation>Nach Text in Kommentar oder Begründung filtern</translation>
    </message>
    <message>
        <source>&amp;As of position</source>
        <translation>&amp;Stand bei Position</translation>
    </message>
    <message>
        <source>As of global position</source>
        <translation>Stand bei globaler Position</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisionsprotokoll</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Re-computes every event&apos;s hash from its contents and its predecessor, then runs SQLite&apos;s integrity check. The console stays usable meanwhile.</source>
        <translation>Berechnet den Hash jedes Ereignisses aus seinem Inhalt und seinem Vorgänger neu und führt dann die Integritätsprüfung von SQLite aus. Die Konsole bleibt währenddessen nutzbar.</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;verifizieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Signed exports of the audit log come with a later release.</source>
        <translation>Signierte Exporte des Revisionsprotokolls folgen in einer späteren Version.</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Verifizierungsfortschritt</translation>
    </message>
    <message>
        <source>Not verified in this session yet.</source>
        <translation>In dieser Sitzung noch nicht verifiziert.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Rejection rate</source>
        <translation>Ablehnungsquote</translation>
    </message>
    <message>
        <source>Submission to decision</source>
        <translation>Einreichung bis Entscheidung</translation>
    </message>
    <message>
        <source>Deadlines passed</source>
        <translation>Überschrittene Fristen</translation>
    </message>
    <message>
        <source>Requests submitted per day</source>
        <translation>Eingereichte Anträge pro Tag</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>No backup of this store has been made from this computer yet.</source>
        <translation>Von diesem Computer aus wurde dieser Ereignisspeicher noch nie gesichert.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup of this store is %n day(s) old.</source>
        <translation>
            <numerusform>Die letzte Sicherung dieses Ereignisspeichers ist %n Tag alt.</numerusform>
            <numerusform>Die letzte Sicherung dieses Ereignisspeichers ist %n Tage alt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadLettersPage</name>
    <message>
        <source>Filter by service, operation, error…</source>
        <translation>Nach Dienst, Operation, Fehler filtern…</translation>
    </message>
    <message>
        <source>Filter dead letters</source>
        <translation>Unzustellbare Nachrichten filtern</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>&amp;Erledigte anzeigen</translation>
    </message>
    <message>
        <source>Retry &amp;all…</source>
        <translation>&amp;Alle erneut senden…</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Unzustellbare Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Nutzdaten</translation>
    </message>
    <message>
        <source>Payload as JSON</source>
        <translation>Nutzdaten als JSON</translation>
    </message>
    <message>
        <source>Why the edit (optional)</source>
        <translation>Grund der Bearbeitung (optional)</translation>
    </message>
    <message>
        <source>Reason for the edit</source>
        <translation>Grund für die Bearbeitung</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Retry with edi&amp;t</source>
        <translation>Mit Bearbei&amp;tung erneut senden</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
</context>
<context>
    <name>EventDetailPanel</name>
    <message>
        <source>Select an event in the list: its stream&apos;s state right after it, what it changed, its envelope, its thread and the requests as they stood then appear here.</source>
        <translation>Wählen Sie ein Ereignis in der Liste aus: Hier erscheinen der Zustand seines Streams direkt danach, seine Änderungen, sein Umschlag, sein Thread und die Anträge, wie sie damals standen.</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>Zustand danach</translation>
    </message>
    <message>
        <source>State after the event</source>
        <translation>Zustand nach dem Ereignis</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Changes made by the event</source>
        <translation>Änderungen durch das Ereignis</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Stream:</source>
        <translation>Stream:</translation>
    </message>
    <message>
        <source>Stream version:</source>
        <translation>Stream-Version:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>Recorded at:</source>
        <translation>Aufgezeichnet am:</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Akteur:</translation>
    </message>
    <message>
        <source>Event id:</source>
        <translation>Ereignis-ID:</translation>
    </message>
    <message>
        <source>Correlation id:</source>
        <translation>Korrelations-ID:</translation>
    </message>
    <message>
        <source>Causation id:</source>
        <translation>Auslöser-ID:</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>Hash:</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Thread of the event</source>
        <translation>Thread des Ereignisses</translation>
    </message>
    <message>
        <source>Looking for the events it caused</source>
        <translation>Verursachte Ereignisse werden gesucht</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop looking for the events it caused</source>
        <translation>Suche nach verursachten Ereignissen anhalten</translation>
    </message>
    <message>
        <source>System as of here</source>
        <translation>System zu diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Requests&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anträge&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Requests as they stood</source>
        <translation>Anträge zu diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>Inbox of</source>
        <translation>Posteingang von</translation>
    </message>
    <message>
        <source>Whose inbox</source>
        <translation>Wessen Posteingang</translation>
    </message>
    <message>
        <source>Inbox as it stood</source>
        <translation>Posteingang zu diesem Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tg.</numerusform>
            <numerusform>%n Tg.</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Reading the services…</source>
        <translation>Dienste werden gelesen…</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
</context>
<context>
    <name>NewStoreDialog</name>
    <message>
        <source>Create a new store</source>
        <translation>Neuen Ereignisspeicher anlegen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Base &amp;currency:</source>
        <translation>&amp;Basiswährung:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Making the demo company…</source>
        <translation>Demo-Firma wird erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>EventDesk</source>
        <translation>EventDesk</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>This request is not in the store.</source>
        <translation>Dieser Antrag ist nicht im Ereignisspeicher.</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (jetzt)</translation>
    </message>
    <message>
        <source>Manager (%1, up to %2)</source>
        <translation>Manager (%1, bis %2)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Manager (no manager&apos;s limit covers %1: it will wait)</source>
        <translation>Manager (kein Manager-Limit deckt %1 ab: der Antrag wartet)</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <translation>Filtern… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Anträge filtern</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Neuer Antrag…</translation>
    </message>
</context>
<context>
    <name>SagaTrace</name>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>compensating</source>
        <translation>wird kompensiert</translation>
    </message>
    <message>
        <source>compensated</source>
        <translation>kompensiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SagasPage</name>
    <message>
        <source>Workflow filter</source>
        <translation>Workflow-Filter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>&amp;Active only</source>
        <translation>Nur &amp;aktive</translation>
    </message>
    <message>
        <source>Filter by request, step…</source>
        <translation>Nach Antrag, Schritt filtern…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Textfilter</translation>
    </message>
    <message>
        <source>Sagas</source>
        <translation>Sagas</translation>
    </message>
    <message>
        <source>&amp;Events of this saga</source>
        <translation>&amp;Ereignisse dieser Saga</translation>
    </message>
    <message>
        <source>Events of this saga</source>
        <translation>Ereignisse dieser Saga</translation>
    </message>
    <message>
        <source>Steps of the saga</source>
        <translation>Schritte der Saga</translation>
    </message>
</context>
<context>
    <name>ServiceControls</name>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <source>Set mode</source>
        <translation>Modus setzen</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <source>Force open</source>
        <translation>Öffnen erzwingen</translation>
    </message>
    <message>
        <source>Force closed</source>
        <translation>Schließen erzwingen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>End an override: the breaker closes and judges calls again.</source>
        <translation>Eine Übersteuerung beenden: Der Schutzschalter schließt sich und bewertet Aufrufe wieder.</translation>
    </message>
</context>
<context>
    <name>ServiceDetailPanel</name>
    <message>
        <source>Open a service card (click it, or focus it and press Enter) to see its breaker, call and failure rates, latency and queue over time.</source>
        <translation>Öffnen Sie eine Dienstkarte (anklicken oder fokussieren und die Eingabetaste drücken), um Schutzschalter, Aufruf- und Fehlerraten, Latenz und Warteschlange im Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 Min.</translation>
    </message>
    <message>
        <source>Show the last 5 minutes</source>
        <translation>Die letzten 5 Minuten anzeigen</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 Std.</translation>
    </message>
    <message>
        <source>Show the last hour</source>
        <translation>Die letzte Stunde anzeigen</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 Std.</translation>
    </message>
    <message>
        <source>Show the last 24 hours</source>
        <translation>Die letzten 24 Stunden anzeigen</translation>
    </message>
    <message>
        <source>The breaker&apos;s state over time: green closed, amber half-open, red open; a dashed red outline marks a state an administrator forced.</source>
        <translation>Der Zustand des Schutzschalters im Zeitverlauf: grün geschlossen, gelb halb offen, rot offen; eine gestrichelte rote Umrandung kennzeichnet einen von einem Administrator erzwungenen Zustand.</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Settings of the selected service</source>
        <translation>Einstellungen des ausgewählten Dienstes</translation>
    </message>
    <message>
        <source>&amp;Calls go to</source>
        <translation>&amp;Aufrufe gehen an</translation>
    </message>
    <message>
        <source>simulated, or an https:// URL</source>
        <translation>simulated oder eine https://-URL</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>&amp;Zeitlimit</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <source>For the simulated adapter: up, down, flaky:RATE (0 to 1) or slow:MS</source>
        <translation>Für den simulierten Adapter: up, down, flaky:RATE (0 bis 1) oder slow:MS</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Store to open:</source>
        <translation>Zu &amp;öffnender Ereignisspeicher:</translation>
    </message>
    <message>
        <source>Store to open</source>
        <translation>Zu öffnender Ereignisspeicher</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to EventDesk</source>
        <translation>Bei EventDesk anmelden</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Anmelden&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>Awaiting finance</source>
        <translation>Wartet auf Finanzen</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Wartet auf Zahlung</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Verpackt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <translation>Wartet auf eine Person</translation>
    </message>
    <message>
        <source>Waiting for a service</source>
        <translation>Wartet auf einen Dienst</translation>
    </message>
    <message>
        <source>Compensating</source>
        <translation>Wird kompensiert</translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation>Kompensiert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Half-open</source>
        <translation>Halb offen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Forced open</source>
        <translation>Erzwungen offen</translation>
    </message>
    <message>
        <source>Forced closed</source>
        <translation>Erzwungen geschlossen</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Erneut gesendet</translation>
    </message>
    <message>
        <source>Edited and retried</source>
        <translation>Bearbeitet und erneut gesendet</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>StoreTab</name>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>A consistent copy of the open store, written while the console keeps working, then verified event by event.</source>
        <translation>Eine konsistente Kopie des geöffneten Ereignisspeichers, geschrieben, während die Konsole weiterarbeitet, und anschließend Ereignis für Ereignis verifiziert.</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Sicherungsfortschritt</translation>
    </message>
    <message>
        <source>Read models</source>
        <translation>Lesemodelle</translation>
    </message>
    <message>
        <source>Rebuilds the read models (requests, sagas, audit log, reports) from the first event. Other pages keep showing the old models until the rebuild commits; new events wait meanwhile. Cancel leaves everything as it was.</source>
        <translation>Baut die Lesemodelle (Anträge, Sagas, Revisionsprotokoll, Berichte) ab dem ersten Ereignis neu auf. Andere Seiten zeigen die alten Modelle, bis der Neuaufbau festgeschrieben ist; neue Ereignisse warten so lange. „Abbrechen“ lässt alles unverändert.</translation>
    </message>
    <message>
        <source>&amp;Rebuild read models</source>
        <translation>Lesemodelle &amp;neu aufbauen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Rebuild progress</source>
        <translation>Fortschritt des Neuaufbaus</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore a backu&amp;p…</source>
        <translation>Sicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Restore a backup into a new store file, verified; the open store is not touched</source>
        <translation>Eine Sicherung verifiziert in eine neue Ereignisspeicher-Datei wiederherstellen; der geöffnete Ereignisspeicher bleibt unberührt</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Wiederherstellung abbrechen</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Wiederherstellungsfortschritt</translation>
    </message>
    <message>
        <source>&amp;Open the restored store in a new window</source>
        <translation>Wiederhergestellten Ereignisspeicher in neuem Fenster ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>SubmitRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <source>&amp;Workflow</source>
        <translation>&amp;Workflow</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>What the request is for</source>
        <translation>Wofür der Antrag ist</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>1200.50</source>
        <translation>1200.50</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Anything the approvers should know (optional)</source>
        <translation>Was die Genehmigenden wissen sollten (optional)</translation>
    </message>
    <message>
        <source>Approval path</source>
        <translation>Genehmigungsweg</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Einreichen</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Event density over time — drag across the chart to filter by a time range</source>
        <translation>Ereignisdichte im Zeitverlauf — ziehen Sie über das Diagramm, um nach einem Zeitraum zu filtern</translation>
    </message>
    <message>
        <source>C&amp;lear range</source>
        <translation>Zeitraum &amp;leeren</translation>
    </message>
    <message>
        <source>Clear the time range</source>
        <translation>Zeitraum leeren</translation>
    </message>
    <message>
        <source>Stream or category</source>
        <translation>Stream oder Kategorie</translation>
    </message>
    <message>
        <source>Events of the streams whose id starts with this: a category (purchase), a stream id or its first characters</source>
        <translation>Ereignisse der Streams, deren ID so beginnt: eine Kategorie (purchase), eine Stream-ID oder ihre ersten Zeichen</translation>
    </message>
    <message>
        <source>Filter by stream or category</source>
        <translation>Nach Stream oder Kategorie filtern</translation>
    </message>
    <message>
        <source>Filter by event type</source>
        <translation>Nach Ereignistyp filtern</translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation>Nach Akteur filtern</translation>
    </message>
    <message>
        <source>Text in the payload</source>
        <translation>Text in den Nutzdaten</translation>
    </message>
    <message>
        <source>Events whose payload contains this text (exact case), or matches it as a regular expression when Regex is on</source>
        <translation>Ereignisse, deren Nutzdaten diesen Text enthalten (Groß-/Kleinschreibung beachtet) oder ihm als regulärem Ausdruck entsprechen, wenn „Regex“ aktiv ist</translation>
    </message>
    <message>
        <source>Filter by text in the payload</source>
        <translation>Nach Text in den Nutzdaten filtern</translation>
    </message>
    <message>
        <source>Rege&amp;x</source>
        <translation>Rege&amp;x</translation>
    </message>
    <message>
        <source>Read the text as a regular expression, matched against each payload in the background</source>
        <translation>Den Text als regulären Ausdruck lesen, der im Hintergrund mit allen Nutzdaten abgeglichen wird</translation>
    </message>
    <message>
        <source>Number of matching events</source>
        <translation>Anzahl passender Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Zwischen</translation>
    </message>
    <message>
        <source>Filter by time range</source>
        <translation>Nach Zeitraum filtern</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>To time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>Filterproblem</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>Suchfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the search</source>
        <translation>Suche abbrechen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>Position scrubber</source>
        <translation>Positionsregler</translation>
    </message>
    <message>
        <source>Drag to move through the store by global position</source>
        <translation>Ziehen, um sich nach globaler Position durch den Ereignisspeicher zu bewegen</translation>
    </message>
    <message>
        <source>&amp;Go to position…</source>
        <translation>&amp;Gehe zu Position…</translation>
    </message>
    <message>
        <source>Jump to a global position (Ctrl+G)</source>
        <translation>Zu einer globalen Position springen (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Approval &amp;limit</source>
        <translation>Genehmigungs&amp;limit</translation>
    </message>
    <message>
        <source>empty: the workflow&apos;s default</source>
        <translation>leer: Standardwert des Workflows</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>&amp;Rollen ändern…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to EventDesk&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei EventDesk&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Requests, approvals and payments, every change an event you can trace. Choose where to start:</source>
        <translation>Anträge, Genehmigungen und Zahlungen – jede Änderung ein nachvollziehbares Ereignis. Wählen Sie, wo Sie beginnen möchten:</translation>
    </message>
    <message>
        <source>&amp;Explore the demo company</source>
        <translation>Demo-Firma &amp;erkunden</translation>
    </message>
    <message>
        <source>A company with people in every role and 200 requests, in a store of its own</source>
        <translation>Eine Firma mit Personen in jeder Rolle und 200 Anträgen, in einem eigenen Ereignisspeicher</translation>
    </message>
    <message>
        <source>&amp;Open a store…</source>
        <translation>Ereignisspeicher &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Create a new store…</source>
        <translation>Neuen Ereignisspeicher &amp;anlegen…</translation>
    </message>
    <message>
        <source>&amp;Recent stores:</source>
        <translation>&amp;Zuletzt verwendete Ereignisspeicher:</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translation>Zuletzt verwendete Ereignisspeicher</translation>
    </message>
    <message>
        <source>Open rea&amp;d-only</source>
        <translation>Schreibgeschützt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open this store read-only</source>
        <translation>Diesen Ereignisspeicher schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open the same store without changing anything in it: see and export what it holds, make a backup</source>
        <translation>Denselben Ereignisspeicher öffnen, ohne etwas daran zu ändern: sehen und exportieren, was er enthält, eine Sicherung erstellen</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore a backup into a new store</source>
        <translation>Eine Sicherung in einen neuen Ereignisspeicher wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup and a new file for it; the backup is verified, restored there and opened. The store above is not touched.</source>
        <translation>Wählen Sie eine Sicherung und eine neue Datei dafür; die Sicherung wird verifiziert, dort wiederhergestellt und geöffnet. Der Ereignisspeicher oben bleibt unberührt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Wiederherstellung abbrechen</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Wiederherstellungsfortschritt</translation>
    </message>
</context>
<context>
    <name>WorkflowsTab</name>
    <message>
        <source>&amp;Validate file…</source>
        <translation>Datei &amp;validieren…</translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>Datei &amp;laden…</translation>
    </message>
    <message>
        <source>Workflow definitions</source>
        <translation>Workflow-Definitionen</translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: the %2 workflow, version %3, with %n step(s).</source>
        <translation>
            <numerusform>%1 ist gültig: Workflow %2, Version %3, mit %n Schritt.</numerusform>
            <numerusform>%1 ist gültig: Workflow %2, Version %3, mit %n Schritten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded version %1 of the %2 workflow from %3: new requests use it; running ones keep their version.</source>
        <translation>Version %1 des Workflows %2 aus %3 geladen: Neue Anträge verwenden sie; laufende behalten ihre Version.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Demo company</source>
        <translation>Demo-Firma</translation>
    </message>
    <message>
        <source>Deciding requests…</source>
        <translation>Anträge werden entschieden…</translation>
    </message>
    <message>
        <source>Submitting requests…</source>
        <translation>Anträge werden eingereicht…</translation>
    </message>
    <message>
        <source>Payments wait for the payment service…</source>
        <translation>Zahlungen warten auf den Zahlungsdienst…</translation>
    </message>
    <message>
        <source>The demo company was made but could not be moved to %1; check that the folder is writable.</source>
        <translation>Die Demo-Firma wurde erstellt, konnte aber nicht nach %1 verschoben werden; prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The demo&apos;s sagas could not go on: %1</source>
        <translation>Die Sagas der Demo konnten nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>Making the demo company was cancelled.</source>
        <translation>Das Erstellen der Demo-Firma wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The demo company could not be made (%1): %2</source>
        <translation>Die Demo-Firma konnte nicht erstellt werden (%1): %2</translation>
    </message>
    <message>
        <source>administrator; holds every role, for a tour of every page</source>
        <translation>Administrator; hat jede Rolle, für einen Rundgang durch alle Seiten</translation>
    </message>
    <message>
        <source>staff: submits requests</source>
        <translation>Mitarbeiter: reicht Anträge ein</translation>
    </message>
    <message>
        <source>manager, the workflows&apos; default limit (5,000 EUR)</source>
        <translation>Manager, Standardlimit der Workflows (5.000 EUR)</translation>
    </message>
    <message>
        <source>manager, limit 50,000 EUR</source>
        <translation>Manager, Limit 50.000 EUR</translation>
    </message>
    <message>
        <source>finance: finalizes and pays</source>
        <translation>Finanzen: schließt ab und zahlt</translation>
    </message>
    <message>
        <source>warehouse: packs and ships orders</source>
        <translation>Lager: verpackt und versendet Bestellungen</translation>
    </message>
    <message>
        <source>auditor: reads the whole history</source>
        <translation>Revisor: liest den gesamten Verlauf</translation>
    </message>
    <message>
        <source>%1 already exists; the demo company is only made at a path that holds no file.</source>
        <translation>%1 existiert bereits; die Demo-Firma wird nur an einem Pfad erstellt, an dem noch keine Datei liegt.</translation>
    </message>
</context>
<context>
    <name>eventdesk::AccessControl</name>
    <message>
        <source>Access denied: %1 may not %2 (%3).</source>
        <translation>Zugriff verweigert: %1 darf nicht %2 (%3).</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>niemand angemeldet</translation>
    </message>
    <message>
        <source>Recording the refusal failed too: %1</source>
        <translation>Auch das Aufzeichnen der Verweigerung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the %1 role is required</source>
        <translation>die Rolle %1 ist erforderlich</translation>
    </message>
</context>
<context>
    <name>eventdesk::Authenticator</name>
    <message>
        <source>The user name or the password is wrong; check both and try again.</source>
        <translation>Benutzername oder Passwort ist falsch; prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many failed sign-ins until %2; wait, or ask an administrator to unlock it.</source>
        <translation>Das Konto %1 ist nach zu vielen fehlgeschlagenen Anmeldungen bis %2 gesperrt; warten Sie oder bitten Sie einen Administrator, es zu entsperren.</translation>
    </message>
    <message>
        <source>%1 failed sign-ins in a row</source>
        <translation>%1 fehlgeschlagene Anmeldungen in Folge</translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask an administrator to enable it.</source>
        <translation>Das Konto %1 ist deaktiviert; bitten Sie einen Administrator, es zu aktivieren.</translation>
    </message>
</context>
<context>
    <name>eventdesk::Breakers</name>
    <message>
        <source>set the %1 breaker to %2</source>
        <translation>den Schutzschalter von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>the admin role is required</source>
        <translation>die Administratorrolle ist erforderlich</translation>
    </message>
    <message>
        <source>There is no service named &quot;%1&quot;; the services are %2.</source>
        <translation>Es gibt keinen Dienst namens „%1“; die Dienste sind %2.</translation>
    </message>
    <message>
        <source>record breaker samples</source>
        <translation>Schutzschalter-Messwerte aufzeichnen</translation>
    </message>
</context>
<context>
    <name>eventdesk::CircuitBreaker</name>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Half-open</source>
        <translation>Halb offen</translation>
    </message>
    <message>
        <source>Forced open</source>
        <translation>Erzwungen offen</translation>
    </message>
    <message>
        <source>Forced closed</source>
        <translation>Erzwungen geschlossen</translation>
    </message>
    <message>
        <source>A count-based window holds 1 to %1 calls, not %2.</source>
        <translation>Ein zählbasiertes Fenster umfasst 1 bis %1 Aufrufe, nicht %2.</translation>
    </message>
    <message>
        <source>A time-based window lasts %1 to %2 ms, not %3.</source>
        <translation>Ein zeitbasiertes Fenster dauert %1 bis %2 ms, nicht %3.</translation>
    </message>
    <message>
        <source>The minimum number of calls must be at least 1, not %1.</source>
        <translation>Die Mindestanzahl an Aufrufen muss mindestens 1 sein, nicht %1.</translation>
    </message>
    <message>
        <source>The failure-rate threshold is a percentage from 1 to 100, not %1.</source>
        <translation>Der Schwellenwert der Fehlerrate ist ein Prozentsatz von 1 bis 100, nicht %1.</translation>
    </message>
    <message>
        <source>The slow-call-rate threshold is a percentage from 1 to 100, not %1.</source>
        <translation>Der Schwellenwert der Rate langsamer Aufrufe ist ein Prozentsatz von 1 bis 100, nicht %1.</translation>
    </message>
    <message>
        <source>The slow-call duration must be at least 1 ms, not %1.</source>
        <translation>Die Dauer für langsame Aufrufe muss mindestens 1 ms betragen, nicht %1.</translation>
    </message>
    <message>
        <source>The wait in open cannot be negative (%1 ms).</source>
        <translation>Die Wartezeit im Zustand „Offen“ darf nicht negativ sein (%1 ms).</translation>
    </message>
    <message>
        <source>Half-open admits 1 to 1000 probe calls, not %1.</source>
        <translation>„Halb offen“ lässt 1 bis 1000 Testaufrufe zu, nicht %1.</translation>
    </message>
    <message>
        <source>The longest wait for a probe must be at least 1 ms, not %1.</source>
        <translation>Die längste Wartezeit auf einen Testaufruf muss mindestens 1 ms betragen, nicht %1.</translation>
    </message>
    <message>
        <source>The window kind is &quot;count&quot; or &quot;time&quot;, not &quot;%1&quot;.</source>
        <translation>Die Fensterart ist „count“ oder „time“, nicht „%1“.</translation>
    </message>
    <message>
        <source>The stored breaker state &quot;%1&quot; is unknown.</source>
        <translation>Der gespeicherte Schutzschalterzustand „%1“ ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>eventdesk::Credentials</name>
    <message>
        <source>The store %1 cannot be read.</source>
        <translation>Der Ereignisspeicher %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The users changed while the password was being set; try again.</source>
        <translation>Die Benutzer haben sich geändert, während das Passwort gesetzt wurde; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>eventdesk::Event</name>
    <message>
        <source>The payload of a %1 event is not a JSON object.</source>
        <translation>Die Nutzdaten eines %1-Ereignisses sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The metadata of a %1 event is not a JSON object.</source>
        <translation>Die Metadaten eines %1-Ereignisses sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>any version</source>
        <translation>beliebige Version</translation>
    </message>
    <message>
        <source>no stream yet</source>
        <translation>noch kein Stream</translation>
    </message>
    <message>
        <source>an existing stream</source>
        <translation>ein vorhandener Stream</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The stream id is empty.</source>
        <translation>Die Stream-ID ist leer.</translation>
    </message>
    <message>
        <source>The stream id is longer than 200 characters.</source>
        <translation>Die Stream-ID ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>The stream id &quot;%1&quot; contains a forbidden character at position %2: use letters, digits and - _ . : @ (and $ only first).</source>
        <translation>Die Stream-ID „%1“ enthält an Position %2 ein unzulässiges Zeichen: Verwenden Sie Buchstaben, Ziffern und - _ . : @ (und $ nur am Anfang).</translation>
    </message>
    <message>
        <source>The stream id &quot;%1&quot; has no category.</source>
        <translation>Die Stream-ID „%1“ hat keine Kategorie.</translation>
    </message>
    <message>
        <source>The event type is empty.</source>
        <translation>Der Ereignistyp ist leer.</translation>
    </message>
    <message>
        <source>The event type is longer than 100 characters.</source>
        <translation>Der Ereignistyp ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>The event type &quot;%1&quot; must start with a letter.</source>
        <translation>Der Ereignistyp „%1“ muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>The event type &quot;%1&quot; may contain only letters, digits, _ and .</source>
        <translation>Der Ereignistyp „%1“ darf nur Buchstaben, Ziffern, _ und . enthalten.</translation>
    </message>
</context>
<context>
    <name>eventdesk::HealthMetrics</name>
    <message>
        <source>The store %1 cannot be read.</source>
        <translation>Der Ereignisspeicher %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A health window is at least one second long, not %1 ms.</source>
        <translation>Ein Zustandsfenster ist mindestens eine Sekunde lang, nicht %1 ms.</translation>
    </message>
    <message>
        <source>A plot step is a whole number of seconds, not %1 ms.</source>
        <translation>Ein Diagrammschritt ist eine ganze Zahl von Sekunden, nicht %1 ms.</translation>
    </message>
    <message>
        <source>A plot has at most 100000 steps; take longer steps.</source>
        <translation>Ein Diagramm hat höchstens 100000 Schritte; wählen Sie längere Schritte.</translation>
    </message>
</context>
<context>
    <name>eventdesk::Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount; write digits with &quot;.&quot; before the decimals, like 1200.50 (no sign, exponent, spaces or thousands separator).</source>
        <translation>„%1“ ist kein Betrag; schreiben Sie Ziffern mit „.“ vor den Nachkommastellen, z. B. 1200.50 (ohne Vorzeichen, Exponent, Leerzeichen oder Tausendertrennzeichen).</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not known; use one of %2.</source>
        <translation>Die Währung „%1“ ist unbekannt; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals; &quot;%2&quot; has some.</source>
        <translation>%1-Beträge haben keine Nachkommastellen; „%2“ hat welche.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals; &quot;%3&quot; has %4.</source>
        <translation>%1-Beträge haben höchstens %2 Nachkommastellen; „%3“ hat %4.</translation>
    </message>
    <message>
        <source>The amount %1 is more than the maximum, %2 %3.</source>
        <translation>Der Betrag %1 übersteigt das Maximum von %2 %3.</translation>
    </message>
    <message>
        <source>The amount must be greater than 0; &quot;%1&quot; is not.</source>
        <translation>Der Betrag muss größer als 0 sein; „%1“ ist es nicht.</translation>
    </message>
    <message>
        <source>The amount %1 %2 is out of range (0 to %3).</source>
        <translation>Der Betrag %1 %2 liegt außerhalb des zulässigen Bereichs (0 bis %3).</translation>
    </message>
</context>
<context>
    <name>eventdesk::Password</name>
    <message>
        <source>The password is longer than %1 bytes; choose a shorter one.</source>
        <translation>Das Passwort ist länger als %1 Byte; wählen Sie ein kürzeres.</translation>
    </message>
    <message>
        <source>The password is too short: it needs at least %1 characters.</source>
        <translation>Das Passwort ist zu kurz: Es braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The password library (libsodium) could not be initialised.</source>
        <translation>Die Passwortbibliothek (libsodium) konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>Hashing the password ran out of memory; close other programs and try again.</source>
        <translation>Beim Hashen des Passworts reichte der Arbeitsspeicher nicht aus; schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>eventdesk::RecentEventsModel</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Aufgezeichnet</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
</context>
<context>
    <name>eventdesk::Roles</name>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; the roles are %2.</source>
        <translation>„%1“ ist keine Rolle; die Rollen sind %2.</translation>
    </message>
    <message>
        <source>No role given; name one or more of %1, separated by commas.</source>
        <translation>Keine Rolle angegeben; nennen Sie eine oder mehrere von %1, durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>eventdesk::StateLoader</name>
    <message>
        <source>Stream %1 has no version %2.</source>
        <translation>Stream %1 hat keine Version %2.</translation>
    </message>
    <message>
        <source>Stream %1 had no events at or before position %2.</source>
        <translation>Stream %1 hatte an oder vor Position %2 keine Ereignisse.</translation>
    </message>
</context>
<context>
    <name>eventdesk::Store</name>
    <message>
        <source>%1 already exists; restore to a path that holds no file, so no store is overwritten.</source>
        <translation>%1 existiert bereits; stellen Sie an einem Pfad wieder her, an dem noch keine Datei liegt, damit kein Ereignisspeicher überschrieben wird.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first.</source>
        <translation>Der Ordner %1 existiert nicht; legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1; check the free space and that the folder is writable.</source>
        <translation>Die Sicherung konnte nicht nach %1 kopiert werden; prüfen Sie den freien Speicherplatz und ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The backup %1 does not verify (%2); nothing was restored. Try an older backup.</source>
        <translation>Die Sicherung %1 lässt sich nicht verifizieren (%2); es wurde nichts wiederhergestellt. Versuchen Sie eine ältere Sicherung.</translation>
    </message>
    <message>
        <source>The restored store could not be moved into place at %1; check that the folder is writable.</source>
        <translation>Der wiederhergestellte Ereignisspeicher konnte nicht an seinen Platz unter %1 verschoben werden; prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>An append to %1 holds no events.</source>
        <translation>Ein Anhängen an %1 enthält keine Ereignisse.</translation>
    </message>
    <message>
        <source>The schema version of a %1 event must be 1 or more.</source>
        <translation>Die Schemaversion eines %1-Ereignisses muss 1 oder größer sein.</translation>
    </message>
    <message>
        <source>A %1 event has no event id.</source>
        <translation>Ein %1-Ereignis hat keine Ereignis-ID.</translation>
    </message>
    <message>
        <source>The event id %1 appears twice in one append.</source>
        <translation>Die Ereignis-ID %1 kommt in einem Anhängen zweimal vor.</translation>
    </message>
    <message>
        <source>A %1 event is %2 bytes; the limit is %3 bytes.</source>
        <translation>Ein %1-Ereignis hat %2 Byte; die Grenze liegt bei %3 Byte.</translation>
    </message>
    <message>
        <source>The payload of a %1 event is not a JSON object.</source>
        <translation>Die Nutzdaten eines %1-Ereignisses sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The metadata of a %1 event is not a JSON object.</source>
        <translation>Die Metadaten eines %1-Ereignisses sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>An outbox message has no destination.</source>
        <translation>Eine Nachricht im Postausgang hat kein Ziel.</translation>
    </message>
    <message>
        <source>An outbox message has no message id.</source>
        <translation>Eine Nachricht im Postausgang hat keine Nachrichten-ID.</translation>
    </message>
    <message>
        <source>The payload of a message to %1 is not a JSON object.</source>
        <translation>Die Nutzdaten einer Nachricht an %1 sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The store %1 has been closed.</source>
        <translation>Der Ereignisspeicher %1 wurde geschlossen.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>The store is closing.</source>
        <translation>Der Ereignisspeicher wird geschlossen.</translation>
    </message>
    <message>
        <source>prepare the writer</source>
        <translation>den Schreibzugriff vorbereiten</translation>
    </message>
    <message>
        <source>begin a write</source>
        <translation>einen Schreibvorgang beginnen</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>festschreiben</translation>
    </message>
    <message>
        <source>does not exist yet</source>
        <translation>existiert noch nicht</translation>
    </message>
    <message>
        <source>is at version %1</source>
        <translation>ist bei Version %1</translation>
    </message>
    <message>
        <source>Stream %1 %2, but the append expected %3; nothing was written. Reload and try again.</source>
        <translation>Stream %1 %2, aber das Anhängen erwartete %3; es wurde nichts geschrieben. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The event id %1 is already stored in another stream; nothing was written.</source>
        <translation>Die Ereignis-ID %1 ist bereits in einem anderen Stream gespeichert; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>append</source>
        <translation>anhängen</translation>
    </message>
    <message>
        <source>The message id %1 is already in the outbox; nothing was written.</source>
        <translation>Die Nachrichten-ID %1 ist bereits im Postausgang; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>append to the outbox</source>
        <translation>an den Postausgang anhängen</translation>
    </message>
    <message>
        <source>read a stream version</source>
        <translation>eine Stream-Version lesen</translation>
    </message>
    <message>
        <source>look up an event id</source>
        <translation>eine Ereignis-ID nachschlagen</translation>
    </message>
    <message>
        <source>Some event ids of this append to %1 are already stored and some are not, or they belong to another stream; nothing was written.</source>
        <translation>Einige Ereignis-IDs dieses Anhängens an %1 sind bereits gespeichert und andere nicht, oder sie gehören zu einem anderen Stream; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>begin an append</source>
        <translation>ein Anhängen beginnen</translation>
    </message>
    <message>
        <source>read the head of the chain</source>
        <translation>den Kopf der Kette lesen</translation>
    </message>
    <message>
        <source>%1 is damaged: its event tables are missing. Restore it from a backup with &quot;eventdesk-cli restore&quot;.</source>
        <translation>%1 ist beschädigt: Die Ereignistabellen fehlen. Stellen Sie die Datei mit „eventdesk-cli restore“ aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 was written by a newer EventDesk (store schema %2; this version understands up to %3). Install a newer EventDesk to open it; the file was not changed.</source>
        <translation>%1 wurde von einer neueren EventDesk-Version geschrieben (Speicherschema %2; diese Version versteht bis %3). Installieren Sie eine neuere EventDesk-Version, um die Datei zu öffnen; sie wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 uses an older store schema (%2) and must be upgraded once; open it writable.</source>
        <translation>%1 verwendet ein älteres Speicherschema (%2) und muss einmalig aktualisiert werden; öffnen Sie die Datei beschreibbar.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: its backup copy did not verify (%2). The store was not changed; run &quot;eventdesk-cli verify&quot; on it.</source>
        <translation>%1 konnte nicht aktualisiert werden: Die Sicherungskopie ließ sich nicht verifizieren (%2). Der Ereignisspeicher wurde nicht geändert; führen Sie „eventdesk-cli verify“ darauf aus.</translation>
    </message>
    <message>
        <source>The backup before upgrading %1 could not be written; check that its folder is writable.</source>
        <translation>Die Sicherung vor dem Aktualisieren von %1 konnte nicht geschrieben werden; prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The store %1 is open read-only; nothing was written.</source>
        <translation>Der Ereignisspeicher %1 ist schreibgeschützt geöffnet; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a path that holds no file.</source>
        <translation>%1 existiert bereits; wählen Sie einen Pfad, an dem noch keine Datei liegt.</translation>
    </message>
    <message>
        <source>The backup copy did not verify (%1), so it was not kept. Run &quot;eventdesk-cli verify&quot; on the store.</source>
        <translation>Die Sicherungskopie ließ sich nicht verifizieren (%1) und wurde daher nicht behalten. Führen Sie „eventdesk-cli verify“ für den Ereignisspeicher aus.</translation>
    </message>
    <message>
        <source>The backup could not be moved into place at %1; check that the folder is writable.</source>
        <translation>Die Sicherung konnte nicht an ihren Platz unter %1 verschoben werden; prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is missing; install the Qt 6 SQLite plugin (Debian: libqt6sql6-sqlite) and try again.</source>
        <translation>Der Qt-SQLite-Treiber fehlt; installieren Sie das Qt-6-SQLite-Plugin (Debian: libqt6sql6-sqlite) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öffnen</translation>
    </message>
    <message>
        <source>The store %1 is locked by another program; close that program or try again later.</source>
        <translation>Der Ereignisspeicher %1 ist von einem anderen Programm gesperrt; schließen Sie dieses Programm oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The store %1 is read-only; nothing was written. Open a writable copy, or check the file&apos;s permissions.</source>
        <translation>Der Ereignisspeicher %1 ist schreibgeschützt; es wurde nichts geschrieben. Öffnen Sie eine beschreibbare Kopie oder prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was written. Free some space and try again.</source>
        <translation>Der Datenträger mit %1 ist voll; es wurde nichts geschrieben. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Writing to %1 failed (%2); nothing was written. Check the disk and try again.</source>
        <translation>Das Schreiben nach %1 ist fehlgeschlagen (%2); es wurde nichts geschrieben. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The store %1 is damaged (%2). Restore it from a backup (eventdesk-cli restore), or open a copy read-only to recover what it holds.</source>
        <translation>Der Ereignisspeicher %1 ist beschädigt (%2). Stellen Sie ihn aus einer Sicherung wieder her (eventdesk-cli restore) oder öffnen Sie eine Kopie schreibgeschützt, um zu retten, was sie enthält.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened (%2); check that the folder exists and is accessible.</source>
        <translation>Der Ereignisspeicher %1 kann nicht geöffnet werden (%2); prüfen Sie, ob der Ordner existiert und zugänglich ist.</translation>
    </message>
    <message>
        <source>The store %1 failed to %2: %3</source>
        <translation>Der Ereignisspeicher %1 konnte nicht %2: %3</translation>
    </message>
    <message>
        <source>There is no EventDesk store at %1; check the path, or create one with &quot;eventdesk-cli init --store %1&quot;.</source>
        <translation>Unter %1 gibt es keinen EventDesk-Ereignisspeicher; prüfen Sie den Pfad oder legen Sie einen mit „eventdesk-cli init --store %1“ an.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an EventDesk store; give the path of the store file.</source>
        <translation>%1 ist ein Ordner, kein EventDesk-Ereignisspeicher; geben Sie den Pfad der Speicherdatei an.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an EventDesk store; check the path, or create a store with &quot;eventdesk-cli init&quot; at a path that holds no file.</source>
        <translation>%1 ist eine leere Datei, kein EventDesk-Ereignisspeicher; prüfen Sie den Pfad oder legen Sie mit „eventdesk-cli init“ einen Ereignisspeicher an einem Pfad an, an dem noch keine Datei liegt.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); check the file&apos;s permissions.</source>
        <translation>%1 kann nicht gelesen werden (%2); prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>%1 is not an EventDesk store (it is not an SQLite database); check the path.</source>
        <translation>%1 ist kein EventDesk-Ereignisspeicher (keine SQLite-Datenbank); prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an EventDesk store; check the path.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, kein EventDesk-Ereignisspeicher; prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1 is damaged (its header is invalid). Restore it from a backup with &quot;eventdesk-cli restore&quot;.</source>
        <translation>%1 ist beschädigt (der Header ist ungültig). Stellen Sie die Datei mit „eventdesk-cli restore“ aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its header says (truncated). Restore it from a backup with &quot;eventdesk-cli restore&quot;.</source>
        <translation>%1 ist beschädigt: Die Datei ist kürzer, als ihr Header angibt (abgeschnitten). Stellen Sie sie mit „eventdesk-cli restore“ aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>begin a migration</source>
        <translation>eine Migration beginnen</translation>
    </message>
    <message>
        <source>The migration to store schema %1 is missing from this build.</source>
        <translation>Die Migration auf Speicherschema %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>commit a migration</source>
        <translation>eine Migration festschreiben</translation>
    </message>
    <message>
        <source>%1 already exists; a new store is only made at a path that holds no file.</source>
        <translation>%1 existiert bereits; ein neuer Ereignisspeicher wird nur an einem Pfad angelegt, an dem noch keine Datei liegt.</translation>
    </message>
    <message>
        <source>The new store could not be moved into place at %1; check that the folder is writable.</source>
        <translation>Der neue Ereignisspeicher konnte nicht an seinen Platz unter %1 verschoben werden; prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>read the events</source>
        <translation>die Ereignisse lesen</translation>
    </message>
    <message>
        <source>event %1 is missing from the chain</source>
        <translation>Ereignis %1 fehlt in der Kette</translation>
    </message>
    <message>
        <source>the hash of event %1 does not match its contents or its predecessor: the event was changed after it was written</source>
        <translation>der Hash von Ereignis %1 passt nicht zu seinem Inhalt oder seinem Vorgänger: Das Ereignis wurde nach dem Schreiben geändert</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Die Verifizierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>event %1 cannot be read: %2</source>
        <translation>Ereignis %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check failed: %1</source>
        <translation>Die Integritätsprüfung von SQLite ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was restored.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; es wurde nichts wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>eventdesk::UserAdministration</name>
    <message>
        <source>the admin role is required</source>
        <translation>die Administratorrolle ist erforderlich</translation>
    </message>
    <message>
        <source>Only managers have an approval limit; add the manager role or leave the limit out.</source>
        <translation>Nur Manager haben ein Genehmigungslimit; fügen Sie die Rolle „Manager“ hinzu oder lassen Sie das Limit weg.</translation>
    </message>
    <message>
        <source>An approval limit is in the store&apos;s base currency, %1, not %2.</source>
        <translation>Ein Genehmigungslimit gilt in der Basiswährung des Ereignisspeichers, %1, nicht in %2.</translation>
    </message>
    <message>
        <source>The store already has users; an administrator adds more with &quot;eventdesk-cli users add&quot;.</source>
        <translation>Der Ereignisspeicher hat bereits Benutzer; ein Administrator fügt weitere mit „eventdesk-cli users add“ hinzu.</translation>
    </message>
    <message>
        <source>A user named %1 already exists; choose another name.</source>
        <translation>Ein Benutzer namens %1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>Ein Benutzer braucht mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>The users kept changing while %1 was being added; try again.</source>
        <translation>Die Benutzer änderten sich fortlaufend, während %1 hinzugefügt wurde; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no user named %1; &quot;eventdesk-cli users list&quot; shows who there is.</source>
        <translation>Es gibt keinen Benutzer namens %1; „eventdesk-cli users list“ zeigt, welche es gibt.</translation>
    </message>
    <message>
        <source>The users kept changing while %1 was being changed; try again.</source>
        <translation>Die Benutzer änderten sich fortlaufend, während %1 geändert wurde; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator and must keep the admin role; give another user the admin role first.</source>
        <translation>%1 ist der letzte aktive Administrator und muss die Administratorrolle behalten; geben Sie zuerst einem anderen Benutzer die Administratorrolle.</translation>
    </message>
    <message>
        <source>%1 already has exactly these roles; nothing was changed.</source>
        <translation>%1 hat bereits genau diese Rollen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>only the user themself or an administrator may</source>
        <translation>nur der Benutzer selbst oder ein Administrator darf das</translation>
    </message>
    <message>
        <source>The users kept changing while the password of %1 was being set; try again.</source>
        <translation>Die Benutzer änderten sich fortlaufend, während das Passwort von %1 gesetzt wurde; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is already disabled; nothing was changed.</source>
        <translation>%1 ist bereits deaktiviert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator and cannot be disabled; make another user an administrator first.</source>
        <translation>%1 ist der letzte aktive Administrator und kann nicht deaktiviert werden; machen Sie zuerst einen anderen Benutzer zum Administrator.</translation>
    </message>
    <message>
        <source>%1 is already enabled; nothing was changed.</source>
        <translation>%1 ist bereits aktiviert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is not locked; nothing was changed.</source>
        <translation>%1 ist nicht gesperrt; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>eventdesk::Users</name>
    <message>
        <source>The store %1 cannot be read.</source>
        <translation>Der Ereignisspeicher %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>Der Benutzername ist leer.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Der Benutzername „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; must start with a letter or a digit.</source>
        <translation>Der Benutzername „%1“ muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; may only hold letters, digits and . _ - @.</source>
        <translation>Der Benutzername „%1“ darf nur Buchstaben, Ziffern und . _ - @ enthalten.</translation>
    </message>
</context>
<context>
    <name>eventdesk::bench</name>
    <message>
        <source>open</source>
        <translation>öffnen</translation>
    </message>
    <message>
        <source>The benchmark&apos;s SQLite call failed (%1): %2</source>
        <translation>Der SQLite-Aufruf des Benchmarks ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>read the store</source>
        <translation>den Ereignisspeicher lesen</translation>
    </message>
    <message>
        <source>insert a baseline row</source>
        <translation>eine Vergleichszeile einfügen</translation>
    </message>
    <message>
        <source>  raw SQLite baseline: %1 of %2 rows</source>
        <translation>  reine SQLite-Vergleichsbasis: %1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>read the baseline</source>
        <translation>die Vergleichsbasis lesen</translation>
    </message>
    <message>
        <source>The baseline read returned nothing.</source>
        <translation>Das Lesen der Vergleichsbasis lieferte nichts.</translation>
    </message>
    <message>
        <source>%1 (peak memory so far: %2 MiB)</source>
        <translation>%1 (bisheriger Spitzenspeicher: %2 MiB)</translation>
    </message>
    <message>
        <source>--events must be between %1 and %2; %3 was given.</source>
        <translation>--events muss zwischen %1 und %2 liegen; angegeben wurde %3.</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the benchmark (%1); give --store NEW_PATH.</source>
        <translation>Für den Benchmark konnte kein temporärer Ordner angelegt werden (%1); geben Sie --store NEW_PATH an.</translation>
    </message>
    <message>
        <source>%1 already exists; the benchmark makes a new store, so give a path that holds no file.</source>
        <translation>%1 existiert bereits; der Benchmark legt einen neuen Ereignisspeicher an, geben Sie also einen Pfad an, an dem noch keine Datei liegt.</translation>
    </message>
    <message>
        <source>Appending %1 events, %2 a transaction…</source>
        <translation>%1 Ereignisse werden angehängt, %2 pro Transaktion…</translation>
    </message>
    <message>
        <source>  %1 of %2</source>
        <translation>  %1 von %2</translation>
    </message>
    <message>
        <source>Appending %1 events one a transaction…</source>
        <translation>%1 Ereignisse werden angehängt, eines pro Transaktion…</translation>
    </message>
    <message>
        <source>Appending %1 events from %2 concurrent submitters…</source>
        <translation>%1 Ereignisse werden von %2 gleichzeitigen Absendern angehängt…</translation>
    </message>
    <message>
        <source>The benchmark store holds %1 events, not %2.</source>
        <translation>Der Benchmark-Ereignisspeicher enthält %1 Ereignisse, nicht %2.</translation>
    </message>
    <message>
        <source>Saving snapshots every %1 events of each stream…</source>
        <translation>Snapshots werden alle %1 Ereignisse jedes Streams gespeichert…</translation>
    </message>
    <message>
        <source>Reading all %1 events…</source>
        <translation>Alle %1 Ereignisse werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the benchmark store gave %1 events, not %2.</source>
        <translation>Das Lesen des Benchmark-Ereignisspeichers ergab %1 Ereignisse, nicht %2.</translation>
    </message>
    <message>
        <source>Reading %1 timeline pages…</source>
        <translation>%1 Zeitleistenseiten werden gelesen…</translation>
    </message>
    <message>
        <source>A timeline page held %1 events.</source>
        <translation>Eine Zeitleistenseite enthielt %1 Ereignisse.</translation>
    </message>
    <message>
        <source>Loading %1 states at random positions…</source>
        <translation>%1 Zustände an zufälligen Positionen werden geladen…</translation>
    </message>
    <message>
        <source>No event at position %1.</source>
        <translation>Kein Ereignis an Position %1.</translation>
    </message>
    <message>
        <source>The state of %1 stood at position %2, not %3.</source>
        <translation>Der Zustand von %1 stand bei Position %2, nicht %3.</translation>
    </message>
    <message>
        <source>Calling %1 times through a closed circuit breaker…</source>
        <translation>%1 Aufrufe durch einen geschlossenen Schutzschalter…</translation>
    </message>
    <message>
        <source>Inserting the same %1 rows through the SQLite C API…</source>
        <translation>Dieselben %1 Zeilen werden über die SQLite-C-API eingefügt…</translation>
    </message>
    <message>
        <source>Delivering %1 outbox messages to the simulated services…</source>
        <translation>%1 Nachrichten aus dem Postausgang werden an die simulierten Dienste zugestellt…</translation>
    </message>
    <message>
        <source>Making the demo company…</source>
        <translation>Die Demo-Firma wird angelegt…</translation>
    </message>
</context>
<context>
    <name>eventdesk::commands</name>
    <message>
        <source>there is no user of that name</source>
        <translation>es gibt keinen Benutzer dieses Namens</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>There is no workflow &quot;%1&quot;; use one of %2.</source>
        <translation>Es gibt keinen Workflow „%1“; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>submit a %1 request</source>
        <translation>einen %1-Antrag einreichen</translation>
    </message>
    <message>
        <source>The stream %1 is not a %2 request&apos;s stream.</source>
        <translation>Der Stream %1 ist nicht der Stream eines %2-Antrags.</translation>
    </message>
    <message>
        <source>%1 the request %2</source>
        <translation>den Antrag %2 %1</translation>
    </message>
    <message>
        <source>There is no request %1; &quot;eventdesk-cli events&quot; lists the streams.</source>
        <translation>Es gibt keinen Antrag %1; „eventdesk-cli events“ listet die Streams auf.</translation>
    </message>
    <message>
        <source>The request %1 runs on version %2 of the %3 workflow, which this store does not hold.</source>
        <translation>Der Antrag %1 läuft mit Version %2 des Workflows %3, die dieser Ereignisspeicher nicht enthält.</translation>
    </message>
    <message>
        <source>The request %1 kept changing while %2 acted on it; try again.</source>
        <translation>Der Antrag %1 änderte sich fortlaufend, während %2 ihn bearbeitete; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not a request stream; a request&apos;s stream is its workflow and an id, e.g. purchase-7f3a2c1e-….</source>
        <translation>%1 ist kein Antrags-Stream; der Stream eines Antrags besteht aus seinem Workflow und einer ID, z. B. purchase-7f3a2c1e-….</translation>
    </message>
</context>
<context>
    <name>eventdesk::domain</name>
    <message>
        <source>Nobody approves their own request: %1 submitted this one.</source>
        <translation>Niemand genehmigt den eigenen Antrag: %1 hat diesen eingereicht.</translation>
    </message>
    <message>
        <source>%1 already approved this request (at the step %2); an approval chain needs a different person at each approval.</source>
        <translation>%1 hat diesen Antrag bereits genehmigt (im Schritt %2); eine Genehmigungskette braucht bei jeder Genehmigung eine andere Person.</translation>
    </message>
    <message>
        <source>Nobody decides on their own request: %1 submitted this one; someone else must approve or reject it.</source>
        <translation>Niemand entscheidet über den eigenen Antrag: %1 hat diesen eingereicht; jemand anderes muss ihn genehmigen oder ablehnen.</translation>
    </message>
    <message>
        <source>The %1 workflow cannot %2.</source>
        <translation>Der Workflow %1 kann nicht %2.</translation>
    </message>
    <message>
        <source>The step %1 has not started: this request is %2.</source>
        <translation>Der Schritt %1 hat nicht begonnen: Dieser Antrag hat den Status %2.</translation>
    </message>
    <message>
        <source>The step %1 is not under way: this request is %2.</source>
        <translation>Der Schritt %1 läuft nicht: Dieser Antrag hat den Status %2.</translation>
    </message>
    <message>
        <source>The %1 workflow cannot undo its step %2.</source>
        <translation>Der Workflow %1 kann seinen Schritt %2 nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The %1 service did nothing for this request yet, so there is nothing to undo.</source>
        <translation>Der Dienst %1 hat für diesen Antrag noch nichts getan, daher gibt es nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>This request is Completed; the effect of its step %1 stands.</source>
        <translation>Dieser Antrag ist abgeschlossen; die Wirkung seines Schritts %1 bleibt bestehen.</translation>
    </message>
    <message>
        <source>Unknown step outcome.</source>
        <translation>Unbekanntes Schrittergebnis.</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>keine Rollen</translation>
    </message>
    <message>
        <source>A request takes at most %1 fields; this one has %2.</source>
        <translation>Ein Antrag hat höchstens %1 Felder; dieser hat %2.</translation>
    </message>
    <message>
        <source>The field name &quot;%1&quot; is not valid: use letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;, starting with a letter, at most 64 characters.</source>
        <translation>Der Feldname „%1“ ist ungültig: Verwenden Sie Buchstaben, Ziffern, „_“, „.“ oder „-“, beginnend mit einem Buchstaben, höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be text, a number or true/false.</source>
        <translation>Das Feld „%1“ muss Text, eine Zahl oder true/false sein.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>Das Feld „%1“ ist zu lang: höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>The %1 decider was given the definition of the %2 workflow.</source>
        <translation>Der Entscheider für %1 hat die Definition des Workflows %2 erhalten.</translation>
    </message>
    <message>
        <source>This request was already submitted; submit a new one instead.</source>
        <translation>Dieser Antrag wurde bereits eingereicht; reichen Sie stattdessen einen neuen ein.</translation>
    </message>
    <message>
        <source>Only %1 may submit a %2 request; %3 has %4.</source>
        <translation>Nur %1 darf einen %2-Antrag einreichen; %3 hat %4.</translation>
    </message>
    <message>
        <source>A title is needed: 1 to %1 characters.</source>
        <translation>Ein Titel ist erforderlich: 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>The title has %1 characters; at most %2 are allowed.</source>
        <translation>Der Titel hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The title must be one line of text, without control characters.</source>
        <translation>Der Titel muss eine einzelne Textzeile ohne Steuerzeichen sein.</translation>
    </message>
    <message>
        <source>An amount is needed.</source>
        <translation>Ein Betrag ist erforderlich.</translation>
    </message>
    <message>
        <source>The amount must be greater than 0; %1 is not.</source>
        <translation>Der Betrag muss größer als 0 sein; %1 ist es nicht.</translation>
    </message>
    <message>
        <source>The amount %1 is more than the maximum, %2.</source>
        <translation>Der Betrag %1 übersteigt das Maximum von %2.</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation>Diesen Antrag gibt es nicht.</translation>
    </message>
    <message>
        <source>This request is already %1; nothing more can be done with it.</source>
        <translation>Dieser Antrag hat bereits den Status %1; damit kann nichts mehr getan werden.</translation>
    </message>
    <message>
        <source>This request is waiting for the %1 service (step %2); no one acts on it now.</source>
        <translation>Dieser Antrag wartet auf den Dienst %1 (Schritt %2); derzeit bearbeitet ihn niemand.</translation>
    </message>
    <message>
        <source>No one acts on this request now; it is %1.</source>
        <translation>Derzeit bearbeitet niemand diesen Antrag; er hat den Status %1.</translation>
    </message>
    <message>
        <source>This request was already approved by %1: the step %2 is already done (by %1); it is now %3.</source>
        <translation>Dieser Antrag wurde bereits von %1 genehmigt: Der Schritt %2 ist bereits erledigt (von %1); er hat jetzt den Status %3.</translation>
    </message>
    <message>
        <source>The step %1 is already done (by %2); this request is now %3.</source>
        <translation>Der Schritt %1 ist bereits erledigt (von %2); dieser Antrag hat jetzt den Status %3.</translation>
    </message>
    <message>
        <source>The step %1 is already done; this request is now %2.</source>
        <translation>Der Schritt %1 ist bereits erledigt; dieser Antrag hat jetzt den Status %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not offered at this step: this request is %2 (step %3), which offers %4.</source>
        <translation>„%1“ wird in diesem Schritt nicht angeboten: Dieser Antrag hat den Status %2 (Schritt %3), der %4 anbietet.</translation>
    </message>
    <message>
        <source>Only %1 may %2 at the step %3; %4 has %5.</source>
        <translation>Nur %1 darf im Schritt %3 %2; %4 hat %5.</translation>
    </message>
    <message>
        <source>To %1 this request, give a reason.</source>
        <translation>Für „%1“ braucht dieser Antrag eine Begründung.</translation>
    </message>
    <message>
        <source>The %1 workflow has no automated step &quot;%2&quot;.</source>
        <translation>Der Workflow %1 hat keinen automatisierten Schritt „%2“.</translation>
    </message>
    <message>
        <source>The step %1 has no compensation, so no compensation outcome can be recorded.</source>
        <translation>Der Schritt %1 hat keine Kompensation, daher kann kein Kompensationsergebnis aufgezeichnet werden.</translation>
    </message>
    <message>
        <source>A failure is recorded with its cause.</source>
        <translation>Ein Fehlschlag wird mit seiner Ursache aufgezeichnet.</translation>
    </message>
    <message>
        <source>The order has already shipped; it can no longer be cancelled.</source>
        <translation>Die Bestellung wurde bereits versandt; sie kann nicht mehr storniert werden.</translation>
    </message>
    <message>
        <source>The stock for this order is not reserved yet; pack it once the inventory service has reserved it.</source>
        <translation>Der Bestand für diese Bestellung ist noch nicht reserviert; verpacken Sie sie, sobald der Lagerbestandsdienst ihn reserviert hat.</translation>
    </message>
    <message>
        <source>The order workflow cannot %1.</source>
        <translation>Der Bestell-Workflow kann nicht %1.</translation>
    </message>
    <message>
        <source>The stock for this order is already reserved.</source>
        <translation>Der Bestand für diese Bestellung ist bereits reserviert.</translation>
    </message>
    <message>
        <source>No stock is reserved for this order; there is nothing to release.</source>
        <translation>Für diese Bestellung ist kein Bestand reserviert; es gibt nichts freizugeben.</translation>
    </message>
    <message>
        <source>The order is still %1; its stock stays reserved.</source>
        <translation>Die Bestellung hat noch den Status %1; ihr Bestand bleibt reserviert.</translation>
    </message>
    <message>
        <source>No release of stock is under way for this order.</source>
        <translation>Für diese Bestellung läuft keine Bestandsfreigabe.</translation>
    </message>
    <message>
        <source>This transfer has no handler &quot;%1&quot;; it started with the handlers of its definition version %2.</source>
        <translation>Diese Überweisung hat keinen Handler „%1“; sie wurde mit den Handlern ihrer Definitionsversion %2 gestartet.</translation>
    </message>
    <message>
        <source>The handler %1 already succeeded for this transfer.</source>
        <translation>Der Handler %1 war für diese Überweisung bereits erfolgreich.</translation>
    </message>
    <message>
        <source>The handlers of a transfer have no compensation.</source>
        <translation>Die Handler einer Überweisung haben keine Kompensation.</translation>
    </message>
    <message>
        <source>A transfer is carried out by its handlers; no one acts on it.</source>
        <translation>Eine Überweisung wird von ihren Handlern ausgeführt; niemand bearbeitet sie.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::AdministrationPage</name>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ApprovalsPage</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Cancel &amp;order…</source>
        <translation>Bestellung &amp;stornieren…</translation>
    </message>
    <message>
        <source>Mark &amp;packed</source>
        <translation>Als ver&amp;packt markieren</translation>
    </message>
    <message>
        <source>Mark &amp;shipped</source>
        <translation>Als &amp;versandt markieren</translation>
    </message>
    <message>
        <source>Mark &amp;delivered</source>
        <translation>Als ge&amp;liefert markieren</translation>
    </message>
    <message>
        <source>a moment ago</source>
        <translation>vor einem Moment</translation>
    </message>
    <message>
        <source>%1 approved this %2.</source>
        <translation>%1 hat dies %2 genehmigt.</translation>
    </message>
    <message>
        <source>%1 rejected this %2.</source>
        <translation>%1 hat dies %2 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 cancelled this %2.</source>
        <translation>%1 hat dies %2 storniert.</translation>
    </message>
    <message>
        <source>%1 acted on this first (%2) %3.</source>
        <translation>%1 hat dies %3 zuerst bearbeitet (%2).</translation>
    </message>
    <message>
        <source>Select a request to decide on it.</source>
        <translation>Wählen Sie einen Antrag aus, um darüber zu entscheiden.</translation>
    </message>
    <message>
        <source>What waits for you could not be read: %1</source>
        <translation>Was auf Sie wartet, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Waiting for you (%1)</source>
        <translation>Wartet auf Sie (%1)</translation>
    </message>
    <message>
        <source>Nothing waits for you. New requests that need your approval (or a task of yours) appear here.</source>
        <translation>Nichts wartet auf Sie. Neue Anträge, die Ihre Genehmigung (oder eine Aufgabe von Ihnen) erfordern, erscheinen hier.</translation>
    </message>
    <message>
        <source>Nothing here matches &quot;%1&quot;. Clear the filter to see all that waits for you.</source>
        <translation>Nichts passt zu „%1“. Leeren Sie den Filter, um alles zu sehen, was auf Sie wartet.</translation>
    </message>
    <message>
        <source>This request could not be read: %1</source>
        <translation>Dieser Antrag konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Needs a reason (Ctrl+R)</source>
        <translation>Erfordert eine Begründung (Ctrl+R)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+Enter)</source>
        <translation>%1 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Your approval limit does not cover %1: your approval is recorded, and a manager with a higher limit must also approve.</source>
        <translation>Ihr Genehmigungslimit deckt %1 nicht ab: Ihre Genehmigung wird aufgezeichnet, und ein Manager mit höherem Limit muss ebenfalls genehmigen.</translation>
    </message>
    <message>
        <source>This request no longer waits for you.</source>
        <translation>Dieser Antrag wartet nicht mehr auf Sie.</translation>
    </message>
    <message>
        <source>Give a reason, then press Ctrl+R again.</source>
        <translation>Geben Sie eine Begründung an und drücken Sie dann erneut Ctrl+R.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Wird aufgezeichnet…</translation>
    </message>
    <message>
        <source>Someone else acted on this first.</source>
        <translation>Jemand anderes war schneller.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>Your approval is recorded; a manager with a higher limit must also approve.</source>
        <translation>Ihre Genehmigung wurde aufgezeichnet; ein Manager mit höherem Limit muss ebenfalls genehmigen.</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Aufgezeichnet: %1.</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::AuditLogModel</name>
    <message>
        <source>%1 — reason: %2</source>
        <translation>%1 — Begründung: %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Comment / reason</source>
        <translation>Kommentar / Begründung</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::AuditPage</name>
    <message>
        <source>Requests submitted per day</source>
        <translation>Eingereichte Anträge pro Tag</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Revisionsprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ entries (scroll for more)</source>
        <translation>
            <numerusform>%n+ Einträge (für mehr scrollen)</numerusform>
            <numerusform>%n+ Einträge (für mehr scrollen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Revisionsprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>No entry matches these filters. Clear a filter or the &quot;as of&quot; position to see more.</source>
        <translation>Kein Eintrag passt zu diesen Filtern. Leeren Sie einen Filter oder die Position bei „Stand bei“, um mehr zu sehen.</translation>
    </message>
    <message>
        <source>The audit log lists every decision, change and sign-in with who made it and why. It fills as people submit and decide requests.</source>
        <translation>Das Revisionsprotokoll listet jede Entscheidung, Änderung und Anmeldung mit Urheber und Grund auf. Es füllt sich, während Anträge eingereicht und entschieden werden.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird verifiziert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Ereignissen</translation>
    </message>
    <message>
        <source>Verification cancelled; nothing was changed.</source>
        <translation>Verifizierung abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Verification could not run: %1</source>
        <translation>Die Verifizierung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ OK: %n event(s); the hash chain and the integrity check pass.
Head hash %1</source>
        <translation>
            <numerusform>✔ OK: %n Ereignis; Hash-Kette und Integritätsprüfung bestanden.
Kopf-Hash %1</numerusform>
            <numerusform>✔ OK: %n Ereignisse; Hash-Kette und Integritätsprüfung bestanden.
Kopf-Hash %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Store verified: %n event(s) OK</source>
        <translation>
            <numerusform>Ereignisspeicher verifiziert: %n Ereignis OK</numerusform>
            <numerusform>Ereignisspeicher verifiziert: %n Ereignisse OK</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ FAILED at global position %1: %2</source>
        <translation>✖ FEHLGESCHLAGEN an globaler Position %1: %2</translation>
    </message>
    <message>
        <source>✖ FAILED: %1</source>
        <translation>✖ FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>What to do: keep this copy for the investigation, close the console and restore the newest verified backup (eventdesk-cli restore --from BACKUP --to NEW-STORE).</source>
        <translation>Vorgehen: Bewahren Sie diese Kopie für die Untersuchung auf, schließen Sie die Konsole und stellen Sie die neueste verifizierte Sicherung wieder her (eventdesk-cli restore --from BACKUP --to NEW-STORE).</translation>
    </message>
    <message>
        <source>Store verification FAILED</source>
        <translation>Verifizierung des Ereignisspeichers FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>%1 (%2 approved, %3 rejected)</source>
        <translation>%1 (%2 genehmigt, %3 abgelehnt)</translation>
    </message>
    <message>
        <source>nothing decided yet</source>
        <translation>noch nichts entschieden</translation>
    </message>
    <message>
        <source>median %1 h, 90% within %2 h</source>
        <translation>Median %1 Std., 90 % innerhalb von %2 Std.</translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation>noch keine Entscheidung</translation>
    </message>
    <message>
        <source>%1 reminders, %2 escalations</source>
        <translation>%1 Erinnerungen, %2 Eskalationen</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Revision</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::BackupRestorer</name>
    <message>
        <source>EventDesk stores (*.eventdesk);;All files (*)</source>
        <translation>EventDesk-Speicher (*.eventdesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>Welche Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore into a new store file</source>
        <translation>In eine neue Ereignisspeicher-Datei wiederherstellen</translation>
    </message>
    <message>
        <source>Restored and verified: %1 events in %2.</source>
        <translation>Wiederhergestellt und verifiziert: %1 Ereignisse in %2.</translation>
    </message>
    <message>
        <source>The restored copy did not verify (%1); nothing was restored.</source>
        <translation>Die wiederhergestellte Kopie ließ sich nicht verifizieren (%1); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was restored.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Es wurde nichts wiederhergestellt: %1</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::DeadLetterModel</name>
    <message>
        <source>Parked %1</source>
        <translation>Geparkt %1</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>Von %1, %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::DeadLettersPage</name>
    <message>
        <source>No parked messages. A message is parked here when a service refuses it for good or its retries run out; tick Show resolved to see earlier ones.</source>
        <translation>Keine geparkten Nachrichten. Eine Nachricht wird hier geparkt, wenn ein Dienst sie endgültig ablehnt oder ihre Wiederholungsversuche aufgebraucht sind; aktivieren Sie „Erledigte anzeigen“, um frühere zu sehen.</translation>
    </message>
    <message>
        <source>Only an administrator can retry or discard dead letters.</source>
        <translation>Nur ein Administrator kann unzustellbare Nachrichten erneut senden oder verwerfen.</translation>
    </message>
    <message>
        <source>Select a dead letter to see its payload.</source>
        <translation>Wählen Sie eine unzustellbare Nachricht aus, um ihre Nutzdaten zu sehen.</translation>
    </message>
    <message>
        <source>Retry dead letters</source>
        <translation>Unzustellbare Nachrichten erneut senden</translation>
    </message>
    <message>
        <source>The dead letters could not be read: %1</source>
        <translation>Die unzustellbaren Nachrichten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 parked</source>
        <translation>%1 geparkt</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 · %2 · %3&lt;/b&gt; — %4&lt;br&gt;%5&lt;br&gt;attempts: %6; first failed %7, parked %8</source>
        <translation>&lt;b&gt;#%1 · %2 · %3&lt;/b&gt; — %4&lt;br&gt;%5&lt;br&gt;Versuche: %6; zuerst fehlgeschlagen %7, geparkt %8</translation>
    </message>
    <message>
        <source>Resolved by %1 %2</source>
        <translation>Erledigt von %1 %2</translation>
    </message>
    <message>
        <source>Not valid JSON (at character %1): %2</source>
        <translation>Kein gültiges JSON (bei Zeichen %1): %2</translation>
    </message>
    <message>
        <source>The payload must be a JSON object.</source>
        <translation>Die Nutzdaten müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Dead letter #%1 was not retried: %2</source>
        <translation>Unzustellbare Nachricht #%1 wurde nicht erneut gesendet: %2</translation>
    </message>
    <message>
        <source>Dead letter #%1 queued again.</source>
        <translation>Unzustellbare Nachricht #%1 wurde erneut eingereiht.</translation>
    </message>
    <message>
        <source>There are no parked messages to retry.</source>
        <translation>Es gibt keine geparkten Nachrichten zum erneuten Senden.</translation>
    </message>
    <message>
        <source>Retry 1 parked message?</source>
        <translation>1 geparkte Nachricht erneut senden?</translation>
    </message>
    <message>
        <source>Retry %1 parked messages?</source>
        <translation>%1 geparkte Nachrichten erneut senden?</translation>
    </message>
    <message>
        <source>The dead letters were not retried: %1</source>
        <translation>Die unzustellbaren Nachrichten wurden nicht erneut gesendet: %1</translation>
    </message>
    <message>
        <source>Messages queued again: %1.</source>
        <translation>Erneut eingereihte Nachrichten: %1.</translation>
    </message>
    <message>
        <source>The edited message was not sent: %1</source>
        <translation>Die bearbeitete Nachricht wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Dead letter #%1 edited and queued again.</source>
        <translation>Unzustellbare Nachricht #%1 wurde bearbeitet und erneut eingereiht.</translation>
    </message>
    <message>
        <source>dead letter #%1</source>
        <translation>unzustellbare Nachricht #%1</translation>
    </message>
    <message>
        <source>A dead letter is discarded only with a reason.</source>
        <translation>Eine unzustellbare Nachricht wird nur mit Begründung verworfen.</translation>
    </message>
    <message>
        <source>Dead letter #%1 was not discarded: %2</source>
        <translation>Unzustellbare Nachricht #%1 wurde nicht verworfen: %2</translation>
    </message>
    <message>
        <source>Dead letter #%1 discarded.</source>
        <translation>Unzustellbare Nachricht #%1 wurde verworfen.</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Unzustellbare Nachrichten</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::DefinitionsModel</name>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (in Verwendung)</translation>
    </message>
    <message>
        <source>shipped with EventDesk</source>
        <translation>mit EventDesk ausgeliefert</translation>
    </message>
    <message>
        <source>New requests of this workflow use this version.</source>
        <translation>Neue Anträge dieses Workflows verwenden diese Version.</translation>
    </message>
    <message>
        <source>Requests started with this version keep it.</source>
        <translation>Mit dieser Version gestartete Anträge behalten sie.</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Loaded from</source>
        <translation>Geladen aus</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::DensityChart</name>
    <message>
        <source>Event density over time</source>
        <translation>Ereignisdichte im Zeitverlauf</translation>
    </message>
    <message>
        <source>Events per time interval; drag across it to filter the list to a time range</source>
        <translation>Ereignisse pro Zeitintervall; ziehen Sie darüber, um die Liste auf einen Zeitraum zu filtern</translation>
    </message>
    <message>
        <source>Counting the events over time…</source>
        <translation>Die Ereignisse werden über die Zeit gezählt…</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Noch keine Ereignisse.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::DiscardDialog</name>
    <message>
        <source>Discard dead letter</source>
        <translation>Unzustellbare Nachricht verwerfen</translation>
    </message>
    <message>
        <source>Discard %1? It will not be sent again. Why (required):</source>
        <translation>%1 verwerfen? Sie wird nicht erneut gesendet. Begründung (erforderlich):</translation>
    </message>
    <message>
        <source>Reason for discarding</source>
        <translation>Grund für das Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::EventDetailLoader</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehlgeschlagen: %1 – %2</translation>
    </message>
    <message>
        <source>There is no event at position %1.</source>
        <translation>An Position %1 gibt es kein Ereignis.</translation>
    </message>
    <message>
        <source>prepare the thread query</source>
        <translation>Thread-Abfrage vorbereiten</translation>
    </message>
    <message>
        <source>read the thread</source>
        <translation>Thread lesen</translation>
    </message>
    <message>
        <source>through its message to %1</source>
        <translation>über seine Nachricht an %1</translation>
    </message>
    <message>
        <source>%1 (no event or message of this store)</source>
        <translation>%1 (kein Ereignis und keine Nachricht dieses Ereignisspeichers)</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>last step before this event</source>
        <translation>letzter Schritt vor diesem Ereignis</translation>
    </message>
    <message>
        <source>next step after this event</source>
        <translation>nächster Schritt nach diesem Ereignis</translation>
    </message>
    <message>
        <source>look for the events it caused</source>
        <translation>verursachte Ereignisse suchen</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::EventDetailPanel</name>
    <message>
        <source>This stream is no workflow request, so its state is the generic fold: the payloads of its events up to this one, merged in order — each payload&apos;s top-level fields replace the same fields of the state; nothing is ever removed.</source>
        <translation>Dieser Stream ist kein Workflow-Antrag, daher ist sein Zustand die allgemeine Zusammenführung: die Nutzdaten seiner Ereignisse bis zu diesem, der Reihe nach zusammengeführt – die Felder der obersten Ebene jeder Nutzlast ersetzen dieselben Felder des Zustands; entfernt wird nie etwas.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>This event could not be shown: %1</source>
        <translation>Dieses Ereignis konnte nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Loading the event at position %1…</source>
        <translation>Ereignis an Position %1 wird geladen…</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2 — version %3, position %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in %2 — Version %3, Position %4</translation>
    </message>
    <message>
        <source>The request as its stream&apos;s events up to this one rebuild it (the aggregate&apos;s JSON form, as `state --json` prints it).</source>
        <translation>Der Antrag, wie ihn die Ereignisse seines Streams bis zu diesem wieder aufbauen (die JSON-Form des Aggregats, wie `state --json` sie ausgibt).</translation>
    </message>
    <message>
        <source>The state of %1 right after version %2. %3</source>
        <translation>Der Zustand von %1 direkt nach Version %2. %3</translation>
    </message>
    <message>
        <source>This is the stream&apos;s first event: it is compared with an empty state.</source>
        <translation>Dies ist das erste Ereignis des Streams: Es wird mit einem leeren Zustand verglichen.</translation>
    </message>
    <message>
        <source>Compared with the state after version %1.</source>
        <translation>Verglichen mit dem Zustand nach Version %1.</translation>
    </message>
    <message>
        <source>%1 This event changed no field of the state.</source>
        <translation>%1 Dieses Ereignis hat kein Feld des Zustands geändert.</translation>
    </message>
    <message>
        <source>%1 %2 added, %3 removed, %4 changed.</source>
        <translation>%1 %2 hinzugefügt, %3 entfernt, %4 geändert.</translation>
    </message>
    <message>
        <source>Where this event came from and what came of it. Press Enter on a link (or double-click it) to open that event.</source>
        <translation>Woher dieses Ereignis kam und was daraus folgte. Drücken Sie die Eingabetaste auf einem Link (oder doppelklicken Sie darauf), um das Ereignis zu öffnen.</translation>
    </message>
    <message>
        <source>No request had been submitted by position %1.</source>
        <translation>Bis Position %1 war kein Antrag eingereicht worden.</translation>
    </message>
    <message>
        <source>The requests as they stood right after position %1 (%2 of them).</source>
        <translation>Die Anträge, wie sie direkt nach Position %1 standen (%2 Anträge).</translation>
    </message>
    <message>
        <source>The read models are still catching up: this list completes when they reach this position.</source>
        <translation>Die Lesemodelle holen noch auf: Diese Liste ist vollständig, sobald sie diese Position erreichen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (%2 UTC, %3)</source>
        <translation>%1 (%2 UTC, %3)</translation>
    </message>
    <message>
        <source>Nothing waited for %1 at position %2. Pick another user above to see their inbox.</source>
        <translation>An Position %2 wartete nichts auf %1. Wählen Sie oben einen anderen Benutzer, um dessen Posteingang zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waited for %1 at position %2.</source>
        <translation>
            <numerusform>An Position %2 wartete %n Antrag auf %1.</numerusform>
            <numerusform>An Position %2 warteten %n Anträge auf %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the inbox of %1…</source>
        <translation>Posteingang von %1 wird geladen…</translation>
    </message>
    <message>
        <source>The inbox of %1 could not be read: %2</source>
        <translation>Der Posteingang von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Looking for the events it caused (a scan of the events after this one)…</source>
        <translation>Die von ihm verursachten Ereignisse werden gesucht (Durchsuchen der nachfolgenden Ereignisse)…</translation>
    </message>
    <message>
        <source>The events it caused could not be found: %1</source>
        <translation>Die von ihm verursachten Ereignisse konnten nicht gefunden werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Looking for the events it caused: %n found so far, up to position %1 of %2…</source>
        <translation>
            <numerusform>Verursachte Ereignisse werden gesucht: bisher %n gefunden, bis Position %1 von %2…</numerusform>
            <numerusform>Verursachte Ereignisse werden gesucht: bisher %n gefunden, bis Position %1 von %2…</numerusform>
        </translation>
    </message>
    <message>
        <source>It caused no events (yet).</source>
        <translation>Es hat (noch) keine Ereignisse verursacht.</translation>
    </message>
    <message numerus="yes">
        <source>It caused %n event(s).</source>
        <translation>
            <numerusform>Es hat %n Ereignis verursacht.</numerusform>
            <numerusform>Es hat %n Ereignisse verursacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the events it caused are listed up to position %1.</source>
        <translation>Angehalten: Die verursachten Ereignisse sind bis Position %1 aufgeführt.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::EventDetailRequestsModel</name>
    <message>
        <source>%1 — version %2 at position %3</source>
        <translation>%1 — Version %2 an Position %3</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::EventDetailThreadModel</name>
    <message>
        <source>Caused by</source>
        <translation>Verursacht durch</translation>
    </message>
    <message>
        <source>Its saga</source>
        <translation>Zugehörige Saga</translation>
    </message>
    <message>
        <source>Its request</source>
        <translation>Zugehöriger Antrag</translation>
    </message>
    <message>
        <source>Caused</source>
        <translation>Verursacht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open event %1 (%2 in %3)</source>
        <translation>Ereignis %1 öffnen (%2 in %3)</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::HealthPage</name>
    <message>
        <source>The services could not be read: %1</source>
        <translation>Die Dienste konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No services are configured. An administrator adds them under Administration → Services; their breakers, rates and queues appear here.</source>
        <translation>Es sind keine Dienste konfiguriert. Ein Administrator fügt sie unter Verwaltung → Dienste hinzu; ihre Schutzschalter, Raten und Warteschlangen erscheinen hier.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>%1 was already %2; nothing changed.</source>
        <translation>%1 war bereits %2; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>set on the Health page</source>
        <translation>auf der Seite „Zustand“ gesetzt</translation>
    </message>
    <message>
        <source>The %1 breaker is forced open: no calls go out until it is set back to automatic.</source>
        <translation>Der Schutzschalter von %1 ist zwangsweise geöffnet: Es gehen keine Aufrufe hinaus, bis er wieder auf automatisch gesetzt wird.</translation>
    </message>
    <message>
        <source>The %1 breaker is forced closed: every call goes out.</source>
        <translation>Der Schutzschalter von %1 ist zwangsweise geschlossen: Jeder Aufruf geht hinaus.</translation>
    </message>
    <message>
        <source>The %1 breaker follows the automatic rules again.</source>
        <translation>Der Schutzschalter von %1 folgt wieder den automatischen Regeln.</translation>
    </message>
    <message>
        <source>Refused: only an administrator may change services and breakers (%1).</source>
        <translation>Abgelehnt: Nur ein Administrator darf Dienste und Schutzschalter ändern (%1).</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::JsonDiffModel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 entfernt (war %2)</translation>
    </message>
    <message>
        <source>%1 changed: %2 → %3</source>
        <translation>%1 geändert: %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::JsonTreeModel</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n Feld}</numerusform>
            <numerusform>{%n Felder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2 by this event</source>
        <translation>%1: %2 durch dieses Ereignis</translation>
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
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::MainWindow</name>
    <message>
        <source>EventDesk</source>
        <translation>EventDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Ereignisspeicher wird geöffnet…</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ctrl+1 … Ctrl+8&lt;/b&gt; go to the pages in the order of the rail.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; goes to the page&apos;s filter.&lt;/p&gt;&lt;p&gt;In Approvals, &lt;b&gt;Ctrl+Enter&lt;/b&gt; approves and &lt;b&gt;Ctrl+R&lt;/b&gt; rejects.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ctrl+1 … Ctrl+8&lt;/b&gt; öffnen die Seiten in der Reihenfolge der Leiste.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; springt zum Filter der Seite.&lt;/p&gt;&lt;p&gt;In „Genehmigungen“ genehmigt &lt;b&gt;Ctrl+Enter&lt;/b&gt; und &lt;b&gt;Ctrl+R&lt;/b&gt; lehnt ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;About EventDesk</source>
        <translation>&amp;Über EventDesk</translation>
    </message>
    <message>
        <source>About EventDesk</source>
        <translation>Über EventDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EventDesk %1&lt;/h3&gt;&lt;p&gt;The desktop console for event-driven business workflows.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EventDesk %1&lt;/h3&gt;&lt;p&gt;Die Desktop-Konsole für ereignisgesteuerte Geschäfts-Workflows.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Ereignisspeicher</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Outbox backlog</source>
        <translation>Rückstand im Postausgang</translation>
    </message>
    <message>
        <source>Open breakers</source>
        <translation>Offene Schutzschalter</translation>
    </message>
    <message>
        <source>Welcome — EventDesk</source>
        <translation>Willkommen — EventDesk</translation>
    </message>
    <message>
        <source>The store this window works on</source>
        <translation>Der Ereignisspeicher, mit dem dieses Fenster arbeitet</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>This is the demo company. Sign in as %1 to see every page, or as any demo user; every password is %2.</source>
        <translation>Dies ist die Demo-Firma. Melden Sie sich als %1 an, um alle Seiten zu sehen, oder als beliebiger Demo-Benutzer; jedes Passwort lautet %2.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Not signed in&lt;/h2&gt;&lt;p&gt;Sign in to see this store. &lt;a href=&quot;signin&quot;&gt;Sign in…&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Nicht angemeldet&lt;/h2&gt;&lt;p&gt;Melden Sie sich an, um diesen Ereignisspeicher zu sehen. &lt;a href=&quot;signin&quot;&gt;Anmelden…&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — EventDesk</source>
        <translation>%1 — EventDesk</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Postausgang leer</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n Nachricht wartet</numerusform>
            <numerusform>%n Nachrichten warten</numerusform>
        </translation>
    </message>
    <message>
        <source>All breakers closed</source>
        <translation>Alle Schutzschalter geschlossen</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Offen: %1</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>Erinnerung an die Sicherung</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Sichern…</translation>
    </message>
    <message>
        <source>%1 Make a verified copy under Administration → The store.</source>
        <translation>%1 Erstellen Sie eine verifizierte Kopie unter Verwaltung → Der Ereignisspeicher.</translation>
    </message>
    <message>
        <source>The store is open read-only: the password is checked, but nothing is recorded, and nothing can be changed.</source>
        <translation>Der Ereignisspeicher ist schreibgeschützt geöffnet: Das Passwort wird geprüft, aber nichts wird aufgezeichnet, und nichts kann geändert werden.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>This store is open read-only: nothing can be changed here and nothing is written to it, not even sign-ins. For a writable store, close the program that holds it and open it again, or restore a backup into a new store (Administration → The store, or the welcome page).</source>
        <translation>Dieser Ereignisspeicher ist schreibgeschützt geöffnet: Hier kann nichts geändert werden, und nichts wird hineingeschrieben, nicht einmal Anmeldungen. Für einen beschreibbaren Ereignisspeicher schließen Sie das Programm, das ihn hält, und öffnen ihn erneut, oder stellen Sie eine Sicherung in einen neuen Ereignisspeicher wieder her (Verwaltung → Der Ereignisspeicher, oder die Willkommensseite).</translation>
    </message>
    <message>
        <source>The store %1 is locked by another program so that it cannot be read, not even read-only. Close that program and open the store again, or restore a backup into a new store.</source>
        <translation>Der Ereignisspeicher %1 ist von einem anderen Programm so gesperrt, dass er sich nicht lesen lässt, auch nicht schreibgeschützt. Schließen Sie dieses Programm und öffnen Sie den Ereignisspeicher erneut, oder stellen Sie eine Sicherung in einen neuen Ereignisspeicher wieder her.</translation>
    </message>
    <message>
        <source>Opened read-only, %1 cannot be read either: %2</source>
        <translation>Auch schreibgeschützt geöffnet lässt sich %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Updating lists %p%</source>
        <translation>Listen werden aktualisiert %p%</translation>
    </message>
    <message>
        <source>Bringing the lists (requests, inboxes, sagas, audit) up to date with the store: %L1 of %L2 events.</source>
        <translation>Die Listen (Anträge, Eingänge, Sagas, Prüfprotokoll) werden auf den Stand des Speichers gebracht: %L1 von %L2 Ereignissen.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::NewStoreDialog</name>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Where the new store goes</source>
        <translation>Speicherort des neuen Ereignisspeichers</translation>
    </message>
    <message>
        <source>EventDesk stores (*.eventdesk)</source>
        <translation>EventDesk-Speicher (*.eventdesk)</translation>
    </message>
    <message>
        <source>Choose where the new store goes.</source>
        <translation>Wählen Sie, wo der neue Ereignisspeicher angelegt wird.</translation>
    </message>
    <message>
        <source>Name the first administrator.</source>
        <translation>Benennen Sie den ersten Administrator.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein; geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::RequestDetailView</name>
    <message>
        <source>Request detail</source>
        <translation>Antragsdetails</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::RequestTableModel</name>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Aktueller Stand</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::RequestsPage</name>
    <message>
        <source>New request (Ctrl+N)</source>
        <translation>Neuer Antrag (Ctrl+N)</translation>
    </message>
    <message>
        <source>Select a request to see its fields, path and history.</source>
        <translation>Wählen Sie einen Antrag aus, um seine Felder, seinen Pfad und seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>Die Anträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All requests (%1)</source>
        <translation>Alle Anträge (%1)</translation>
    </message>
    <message>
        <source>My requests (%1)</source>
        <translation>Meine Anträge (%1)</translation>
    </message>
    <message>
        <source>No requests yet. Requests appear here as people submit them.</source>
        <translation>Noch keine Anträge. Anträge erscheinen hier, sobald sie eingereicht werden.</translation>
    </message>
    <message>
        <source>You have not submitted any requests. Use New request… (Ctrl+N) to ask for a purchase, an expense or an order; it appears here.</source>
        <translation>Sie haben noch keine Anträge eingereicht. Mit „Neuer Antrag…“ (Ctrl+N) beantragen Sie einen Einkauf, eine Spesenabrechnung oder eine Bestellung; der Antrag erscheint dann hier.</translation>
    </message>
    <message>
        <source>No request matches &quot;%1&quot;. Clear the filter to see them all.</source>
        <translation>Kein Antrag passt zu „%1“. Leeren Sie den Filter, um alle zu sehen.</translation>
    </message>
    <message>
        <source>This request could not be read: %1</source>
        <translation>Dieser Antrag konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Request submitted.</source>
        <translation>Antrag eingereicht.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SagaDiagramView</name>
    <message>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Compensating</source>
        <translation>Wird kompensiert</translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation>Kompensiert</translation>
    </message>
    <message>
        <source>Saga steps</source>
        <translation>Saga-Schritte</translation>
    </message>
    <message>
        <source>#%1 %2 · %3%4</source>
        <translation>#%1 %2 · %3%4</translation>
    </message>
    <message>
        <source>No saga events for this step.</source>
        <translation>Keine Saga-Ereignisse für diesen Schritt.</translation>
    </message>
    <message>
        <source>No saga selected.</source>
        <translation>Keine Saga ausgewählt.</translation>
    </message>
    <message>
        <source>Select a saga on the left to see its steps.</source>
        <translation>Wählen Sie links eine Saga aus, um ihre Schritte zu sehen.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SagaEventsModel</name>
    <message>
        <source>(saga)</source>
        <translation>(Saga)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open this event in the timeline</source>
        <translation>Doppelklicken oder die Eingabetaste drücken, um dieses Ereignis in der Zeitleiste zu öffnen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SagaListModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestartet %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SagasPage</name>
    <message>
        <source>All workflows</source>
        <translation>Alle Workflows</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>No sagas match. A saga starts when someone submits a request; clear the filters to see every saga.</source>
        <translation>Keine passenden Sagas. Eine Saga beginnt, wenn jemand einen Antrag einreicht; leeren Sie die Filter, um alle Sagas zu sehen.</translation>
    </message>
    <message>
        <source>Select a saga to see its steps and events.</source>
        <translation>Wählen Sie eine Saga aus, um ihre Schritte und Ereignisse zu sehen.</translation>
    </message>
    <message>
        <source>The sagas could not be read: %1</source>
        <translation>Die Sagas konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>1 saga</source>
        <translation>1 Saga</translation>
    </message>
    <message>
        <source>%1 sagas</source>
        <translation>%1 Sagas</translation>
    </message>
    <message>
        <source>The saga could not be read: %1</source>
        <translation>Die Saga konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sagas</source>
        <translation>Sagas</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ScreenshotTour</name>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ServiceCard</name>
    <message>
        <source>%1 service</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>Press Enter to see its history</source>
        <translation>Eingabetaste drücken, um den Verlauf zu sehen</translation>
    </message>
    <message>
        <source>Calls that went out, every 10 seconds over the last 5 minutes</source>
        <translation>Ausgegangene Aufrufe, alle 10 Sekunden über die letzten 5 Minuten</translation>
    </message>
    <message>
        <source>The mark is the failure rate at which the breaker opens</source>
        <translation>Die Markierung ist die Fehlerrate, bei der der Schutzschalter öffnet</translation>
    </message>
    <message>
        <source>Messages waiting for this service in the outbox: they go out when it answers again (payments queue while the payment service is down).</source>
        <translation>Nachrichten im Postausgang, die auf diesen Dienst warten: Sie gehen hinaus, sobald er wieder antwortet (Zahlungen werden eingereiht, solange der Zahlungsdienst ausgefallen ist).</translation>
    </message>
    <message>
        <source>HTTP · %1</source>
        <translation>HTTP · %1</translation>
    </message>
    <message>
        <source>Simulated · %1</source>
        <translation>Simuliert · %1</translation>
    </message>
    <message>
        <source>Calls: %1 in the last minute, %2 in 5 min</source>
        <translation>Aufrufe: %1 in der letzten Minute, %2 in 5 Min.</translation>
    </message>
    <message>
        <source>Failure rate %1 · opens at %2</source>
        <translation>Fehlerrate %1 · öffnet bei %2</translation>
    </message>
    <message>
        <source>p95 latency %1 ms</source>
        <translation>p95-Latenz %1 ms</translation>
    </message>
    <message>
        <source>p95 latency —</source>
        <translation>p95-Latenz —</translation>
    </message>
    <message>
        <source>Queued %1</source>
        <translation>Eingereiht %1</translation>
    </message>
    <message>
        <source>Breaker %1, failure rate %2, %3 queued. Press Enter to see its history.</source>
        <translation>Schutzschalter %1, Fehlerrate %2, %3 eingereiht. Eingabetaste drücken, um den Verlauf zu sehen.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ServiceControls</name>
    <message>
        <source>Up</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Flaky</source>
        <translation>Instabil</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Langsam</translation>
    </message>
    <message>
        <source>Simulated mode of %1</source>
        <translation>Simulierter Modus von %1</translation>
    </message>
    <message>
        <source>How the simulated %1 service answers</source>
        <translation>Wie der simulierte Dienst %1 antwortet</translation>
    </message>
    <message>
        <source>Set the mode of %1</source>
        <translation>Modus von %1 setzen</translation>
    </message>
    <message>
        <source>Force the %1 breaker open</source>
        <translation>Öffnen des Schutzschalters von %1 erzwingen</translation>
    </message>
    <message>
        <source>Stop every call to %1 until the breaker is set back to automatic; the messages wait in the queue.</source>
        <translation>Alle Aufrufe an %1 stoppen, bis der Schutzschalter wieder auf automatisch gesetzt wird; die Nachrichten warten in der Warteschlange.</translation>
    </message>
    <message>
        <source>Force the %1 breaker closed</source>
        <translation>Schließen des Schutzschalters von %1 erzwingen</translation>
    </message>
    <message>
        <source>Let every call to %1 go out, whatever its failures.</source>
        <translation>Jeden Aufruf an %1 hinausgehen lassen, unabhängig von Fehlern.</translation>
    </message>
    <message>
        <source>Give the %1 breaker back to the automatic rules</source>
        <translation>Den Schutzschalter von %1 wieder den automatischen Regeln überlassen</translation>
    </message>
    <message>
        <source>%1 is called over HTTP: it answers as the real service does, so it has no simulated mode.</source>
        <translation>%1 wird über HTTP aufgerufen: Er antwortet wie der echte Dienst und hat daher keinen simulierten Modus.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>flaky, %1% of calls failing</source>
        <translation>instabil, %1 % der Aufrufe schlagen fehl</translation>
    </message>
    <message>
        <source>slow, %1 ms an answer</source>
        <translation>langsam, %1 ms pro Antwort</translation>
    </message>
    <message>
        <source>share failing (0–1)</source>
        <translation>Fehleranteil (0–1)</translation>
    </message>
    <message>
        <source>Share of %1 calls that fail, from 0 to 1</source>
        <translation>Anteil der Aufrufe an %1, die fehlschlagen, von 0 bis 1</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Delay of each %1 answer in milliseconds</source>
        <translation>Verzögerung jeder Antwort von %1 in Millisekunden</translation>
    </message>
    <message>
        <source>Enter the share of calls that fail as a number from 0 to 1, e.g. %1.</source>
        <translation>Geben Sie den Anteil fehlschlagender Aufrufe als Zahl von 0 bis 1 ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Enter the delay as whole milliseconds from 0 to %1.</source>
        <translation>Geben Sie die Verzögerung in ganzen Millisekunden von 0 bis %1 ein.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ServiceDetailPanel</name>
    <message>
        <source>last 5 minutes</source>
        <translation>letzte 5 Minuten</translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>letzte Stunde</translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation>letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <source>Calls per step</source>
        <translation>Aufrufe pro Intervall</translation>
    </message>
    <message>
        <source>Failure rate (%)</source>
        <translation>Fehlerrate (%)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation>Eingereihte Nachrichten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>went out</source>
        <translation>ausgegangen</translation>
    </message>
    <message>
        <source>short-circuited</source>
        <translation>kurzgeschlossen</translation>
    </message>
    <message>
        <source>failure rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>opens at %1%</source>
        <translation>öffnet bei %1 %</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ServicesModel</name>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>as the real service is</source>
        <translation>wie beim echten Dienst</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Calls go to</source>
        <translation>Aufrufe gehen an</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Mode (simulated)</source>
        <translation>Modus (simuliert)</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ServicesTab</name>
    <message>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <source>The settings of %1 were saved.</source>
        <translation>Die Einstellungen von %1 wurden gespeichert.</translation>
    </message>
    <message>
        <source>Nothing to save: %1 already had these settings.</source>
        <translation>Nichts zu speichern: %1 hatte diese Einstellungen bereits.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::Session</name>
    <message>
        <source>The store is open read-only: nothing can be changed here. Open it again without read-only to make changes.</source>
        <translation>Der Ereignisspeicher ist schreibgeschützt geöffnet: Hier kann nichts geändert werden. Öffnen Sie ihn ohne Schreibschutz erneut, um Änderungen vorzunehmen.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
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
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Choose a store</source>
        <translation>Ereignisspeicher auswählen</translation>
    </message>
    <message>
        <source>EventDesk stores (*.eventdesk);;All files (*)</source>
        <translation>EventDesk-Speicher (*.eventdesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The language and the appearance change at once; the store is opened the next time EventDesk starts.</source>
        <translation>Sprache und Erscheinungsbild ändern sich sofort; der Ereignisspeicher wird beim nächsten Start von EventDesk geöffnet.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SignInDialog</name>
    <message>
        <source>Store: %1</source>
        <translation>Ereignisspeicher: %1</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::StoreTab</name>
    <message>
        <source>Back up the store to</source>
        <translation>Ereignisspeicher sichern nach</translation>
    </message>
    <message>
        <source>EventDesk stores (*.eventdesk)</source>
        <translation>EventDesk-Speicher (*.eventdesk)</translation>
    </message>
    <message>
        <source>Writing and verifying %1…</source>
        <translation>%1 wird geschrieben und verifiziert…</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>Es wurde keine Sicherung erstellt: %1</translation>
    </message>
    <message>
        <source>The copy did not verify (%1); do not rely on it.</source>
        <translation>Die Kopie ließ sich nicht verifizieren (%1); verlassen Sie sich nicht darauf.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 events in %2.</source>
        <translation>Sicherung geschrieben und verifiziert: %1 Ereignisse in %2.</translation>
    </message>
    <message>
        <source>Rebuilding…</source>
        <translation>Neuaufbau läuft…</translation>
    </message>
    <message>
        <source>Read models rebuilt from %1 events.</source>
        <translation>Lesemodelle aus %1 Ereignissen neu aufgebaut.</translation>
    </message>
    <message>
        <source>Rebuild cancelled; the read models are as they were.</source>
        <translation>Neuaufbau abgebrochen; die Lesemodelle sind unverändert.</translation>
    </message>
    <message>
        <source>The rebuild failed; the read models are as they were: %1</source>
        <translation>Der Neuaufbau ist fehlgeschlagen; die Lesemodelle sind unverändert: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Ereignissen</translation>
    </message>
    <message>
        <source>Verifying: %1 of %2 events</source>
        <translation>Verifizierung: %1 von %2 Ereignissen</translation>
    </message>
    <message>
        <source>Restoring makes a new store from a backup: the backup is checked, copied to a new file you choose (one that does not exist yet), the copy verified event by event, and only then given its name. The restored store opens in a new window; the current store (%1) is not touched. From the command line: eventdesk-cli restore --from BACKUP-FILE --to NEW-STORE-PATH.</source>
        <translation>Die Wiederherstellung erstellt aus einer Sicherung einen neuen Ereignisspeicher: Die Sicherung wird geprüft, in eine neue Datei Ihrer Wahl kopiert (eine, die es noch nicht gibt), die Kopie Ereignis für Ereignis verifiziert und erst dann umbenannt. Der wiederhergestellte Ereignisspeicher öffnet sich in einem neuen Fenster; der aktuelle Ereignisspeicher (%1) bleibt unberührt. Auf der Kommandozeile: eventdesk-cli restore --from SICHERUNGSDATEI --to NEUER-SPEICHERPFAD.</translation>
    </message>
    <message>
        <source>The store is open read-only: the read models cannot be rebuilt.</source>
        <translation>Der Ereignisspeicher ist schreibgeschützt geöffnet: Die Lesemodelle können nicht neu aufgebaut werden.</translation>
    </message>
    <message>
        <source>Restoring and verifying…</source>
        <translation>Wird wiederhergestellt und verifiziert…</translation>
    </message>
    <message>
        <source>EventDesk could not be started on %1; open it with eventdesk --store %1.</source>
        <translation>EventDesk konnte für %1 nicht gestartet werden; öffnen Sie ihn mit eventdesk --store %1.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SubmitRequestDialog</name>
    <message>
        <source>Give the request a title.</source>
        <translation>Geben Sie dem Antrag einen Titel.</translation>
    </message>
    <message>
        <source>The title has %1 characters; at most %2.</source>
        <translation>Der Titel hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code this system knows (e.g. EUR, USD).</source>
        <translation>„%1“ ist kein diesem System bekannter Währungscode (z. B. EUR, USD).</translation>
    </message>
    <message>
        <source>Enter an amount greater than 0.</source>
        <translation>Geben Sie einen Betrag größer als 0 ein.</translation>
    </message>
    <message>
        <source>%1 has no decimals.</source>
        <translation>%1 hat keine Nachkommastellen.</translation>
    </message>
    <message>
        <source>At most %1 decimals for %2.</source>
        <translation>Höchstens %1 Nachkommastellen für %2.</translation>
    </message>
    <message>
        <source>Enter an amount greater than 0, digits with an optional &quot;.&quot; (e.g. 1200.50): %1</source>
        <translation>Geben Sie einen Betrag größer als 0 ein, Ziffern mit optionalem „.“ (z. B. 1200.50): %1</translation>
    </message>
    <message>
        <source>The note has %1 characters; at most %2.</source>
        <translation>Die Notiz hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation>Einreichen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Loading the workflows…</source>
        <translation>Workflows werden geladen…</translation>
    </message>
    <message>
        <source>The workflows could not be read: %1</source>
        <translation>Die Workflows konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your roles do not let you submit requests. An administrator can give you the requester role.</source>
        <translation>Ihre Rollen erlauben Ihnen nicht, Anträge einzureichen. Ein Administrator kann Ihnen die Rolle „Antragsteller“ geben.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Wird eingereicht…</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>The request was not submitted: %1</source>
        <translation>Der Antrag wurde nicht eingereicht: %1</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::TimelineModel</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::TimelinePage</name>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>%L1 of %L2 positions</source>
        <translation>%L1 von %L2 Positionen</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>Die Zeitleiste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>position %L1</source>
        <translation>Position %L1</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1 (at character %2)</source>
        <translation>Kein gültiger regulärer Ausdruck: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>Go to position</source>
        <translation>Gehe zu Position</translation>
    </message>
    <message>
        <source>Global position (1–%L1):</source>
        <translation>Globale Position (1–%L1):</translation>
    </message>
    <message>
        <source>No event at or after position %L1 matches the filters.</source>
        <translation>Kein Ereignis an oder nach Position %L1 passt zu den Filtern.</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>%L1+ events…</source>
        <translation>%L1+ Ereignisse…</translation>
    </message>
    <message>
        <source>%L1 events up to position %L2 (search stopped)</source>
        <translation>%L1 Ereignisse bis Position %L2 (Suche angehalten)</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%L1 events</source>
        <translation>%L1 Ereignisse</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Ereignisspeicher wird gelesen…</translation>
    </message>
    <message>
        <source>Searching the events…</source>
        <translation>Ereignisse werden durchsucht…</translation>
    </message>
    <message>
        <source>No event matches these filters. Clear a filter or the time range to see more.</source>
        <translation>Kein Ereignis passt zu diesen Filtern. Entfernen Sie einen Filter oder den Zeitraum, um mehr zu sehen.</translation>
    </message>
    <message>
        <source>The timeline lists every event of the store in the order it was recorded: each request submitted, approved or paid, each saga step, each change to users. It fills as people work in the console; select an event to see the state it left behind.</source>
        <translation>Die Zeitleiste listet jedes Ereignis des Ereignisspeichers in der Reihenfolge seiner Aufzeichnung auf: jeden eingereichten, genehmigten oder bezahlten Antrag, jeden Saga-Schritt, jede Änderung an Benutzern. Sie füllt sich, während in der Konsole gearbeitet wird; wählen Sie ein Ereignis aus, um den Zustand zu sehen, den es hinterlassen hat.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>The chart could not be read: %1</source>
        <translation>Das Diagramm konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::TimelineQuery</name>
    <message>
        <source>Could not read the timeline: %1</source>
        <translation>Die Zeitleiste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Change roles and limit</source>
        <translation>Rollen und Limit ändern</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Neues &amp;Passwort</translation>
    </message>
    <message>
        <source>Give the user a name.</source>
        <translation>Geben Sie dem Benutzer einen Namen.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>Enter a password for the new user.</source>
        <translation>Geben Sie ein Passwort für den neuen Benutzer ein.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password in both fields.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie in beide Felder dasselbe Passwort ein.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::UsersModel</name>
    <message>
        <source>workflow default</source>
        <translation>Workflow-Standard</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins until %1</source>
        <translation>Nach fehlgeschlagenen Anmeldungen gesperrt bis %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Approval limit</source>
        <translation>Genehmigungslimit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::UsersTab</name>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 ist deaktiviert und kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 ist wieder aktiviert.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 ist entsperrt.</translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>Die Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The roles of %1 were changed.</source>
        <translation>Die Rollen von %1 wurden geändert.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Das Passwort von %1 wurde zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::WelcomePage</name>
    <message>
        <source>Open a store</source>
        <translation>Ereignisspeicher öffnen</translation>
    </message>
    <message>
        <source>EventDesk stores (*.eventdesk);;All files (*)</source>
        <translation>EventDesk-Speicher (*.eventdesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Verifying: %1 of %2 events</source>
        <translation>Verifizierung: %1 von %2 Ereignissen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;That store could not be opened.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Open it read-only to see what it holds (nothing can be changed then), restore a backup into a new store, open another one, or explore the demo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dieser Ereignisspeicher konnte nicht geöffnet werden.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Öffnen Sie ihn schreibgeschützt, um zu sehen, was er enthält (ändern lässt sich dann nichts), stellen Sie eine Sicherung in einen neuen Ereignisspeicher wieder her, öffnen Sie einen anderen oder erkunden Sie die Demo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;That store could not be opened.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Restore a backup into a new store, open another one, or explore the demo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dieser Ereignisspeicher konnte nicht geöffnet werden.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Stellen Sie eine Sicherung in einen neuen Ereignisspeicher wieder her, öffnen Sie einen anderen oder erkunden Sie die Demo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restoring and verifying…</source>
        <translation>Wird wiederhergestellt und verifiziert…</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::WorkflowsTab</name>
    <message>
        <source>The workflow definitions could not be read: %1</source>
        <translation>Die Workflow-Definitionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Workflow definition</source>
        <translation>Workflow-Definition</translation>
    </message>
    <message>
        <source>Workflow definitions (*.json)</source>
        <translation>Workflow-Definitionen (*.json)</translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::DeadLetters</name>
    <message>
        <source>Dead letter %1 was already retried by %2 at %3; nothing was done.</source>
        <translation>Unzustellbare Nachricht %1 wurde bereits von %2 am %3 erneut gesendet; es wurde nichts getan.</translation>
    </message>
    <message>
        <source>Dead letter %1 was already edited and retried by %2 at %3; nothing was done.</source>
        <translation>Unzustellbare Nachricht %1 wurde bereits von %2 am %3 bearbeitet und erneut gesendet; es wurde nichts getan.</translation>
    </message>
    <message>
        <source>Dead letter %1 was already discarded by %2 at %3; nothing was done.</source>
        <translation>Unzustellbare Nachricht %1 wurde bereits von %2 am %3 verworfen; es wurde nichts getan.</translation>
    </message>
    <message>
        <source>Dead letter %1 was resolved by someone else meanwhile; nothing was done. &quot;eventdesk-cli dlq show %1&quot; shows how.</source>
        <translation>Unzustellbare Nachricht %1 wurde inzwischen von jemand anderem erledigt; es wurde nichts getan. „eventdesk-cli dlq show %1“ zeigt, wie.</translation>
    </message>
    <message>
        <source>There is no dead letter %1; &quot;eventdesk-cli dlq list&quot; shows the parked ones.</source>
        <translation>Es gibt keine unzustellbare Nachricht %1; „eventdesk-cli dlq list“ zeigt die geparkten an.</translation>
    </message>
    <message>
        <source>dead letter %1</source>
        <translation>unzustellbare Nachricht %1</translation>
    </message>
    <message>
        <source>retry a dead letter</source>
        <translation>eine unzustellbare Nachricht erneut senden</translation>
    </message>
    <message>
        <source>retry all dead letters</source>
        <translation>alle unzustellbaren Nachrichten erneut senden</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) would be retried; nothing was done. Confirm to retry them.</source>
        <translation>
            <numerusform>%n unzustellbare Nachricht würde erneut gesendet; es wurde nichts getan. Bestätigen Sie, um sie erneut zu senden.</numerusform>
            <numerusform>%n unzustellbare Nachrichten würden erneut gesendet; es wurde nichts getan. Bestätigen Sie, um sie erneut zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>edit a dead letter</source>
        <translation>eine unzustellbare Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>The edited payload names the service &quot;%1&quot;, but dead letter %2 was for %3; a message keeps its service.</source>
        <translation>Die bearbeiteten Nutzdaten nennen den Dienst „%1“, aber die unzustellbare Nachricht %2 war für %3; eine Nachricht behält ihren Dienst.</translation>
    </message>
    <message>
        <source>The edited payload cannot be sent: %1</source>
        <translation>Die bearbeiteten Nutzdaten können nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>discard a dead letter</source>
        <translation>eine unzustellbare Nachricht verwerfen</translation>
    </message>
    <message>
        <source>Say why the dead letter is discarded (a reason is required).</source>
        <translation>Geben Sie an, warum die unzustellbare Nachricht verworfen wird (eine Begründung ist erforderlich).</translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::Dispatcher</name>
    <message>
        <source>prepare the dispatcher</source>
        <translation>den Dispatcher vorbereiten</translation>
    </message>
    <message>
        <source>record deliveries</source>
        <translation>Zustellungen erfassen</translation>
    </message>
    <message>
        <source>record a delivery</source>
        <translation>eine Zustellung erfassen</translation>
    </message>
    <message>
        <source>park a dead letter</source>
        <translation>eine unzustellbare Nachricht parken</translation>
    </message>
    <message>
        <source>look for messages to send</source>
        <translation>nach zu sendenden Nachrichten suchen</translation>
    </message>
    <message>
        <source>claim messages</source>
        <translation>Nachrichten beanspruchen</translation>
    </message>
    <message>
        <source>%1 messages were to be claimed, but %2 were.</source>
        <translation>%1 Nachrichten sollten beansprucht werden, beansprucht wurden aber %2.</translation>
    </message>
    <message>
        <source>renew the claims</source>
        <translation>die Ansprüche erneuern</translation>
    </message>
    <message>
        <source>The write was lost.</source>
        <translation>Der Schreibvorgang ging verloren.</translation>
    </message>
    <message>
        <source>The message cannot be sent: %1</source>
        <translation>Die Nachricht kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>No service named &quot;%1&quot; is known.</source>
        <translation>Kein Dienst namens „%1“ ist bekannt.</translation>
    </message>
    <message>
        <source>The circuit breaker of %1 is open.</source>
        <translation>Der Schutzschalter von %1 ist offen.</translation>
    </message>
    <message>
        <source>The service adapter gave no answer.</source>
        <translation>Der Dienstadapter hat keine Antwort geliefert.</translation>
    </message>
    <message>
        <source>The service answered %1.</source>
        <translation>Der Dienst hat mit %1 geantwortet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Keine Antwort innerhalb von %1 Sekunden.</translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::DispatcherBench</name>
    <message>
        <source>The dispatcher benchmark needs at least one message.</source>
        <translation>Der Dispatcher-Benchmark braucht mindestens eine Nachricht.</translation>
    </message>
    <message>
        <source>No temporary folder for the dispatcher benchmark.</source>
        <translation>Kein temporärer Ordner für den Dispatcher-Benchmark.</translation>
    </message>
    <message>
        <source>The dispatcher delivered %1 of %2 messages in time (%3 did not go through at once).</source>
        <translation>Der Dispatcher hat %1 von %2 Nachrichten rechtzeitig zugestellt (%3 gingen nicht sofort durch).</translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::Inbox</name>
    <message>
        <source>A message is processed once per handler: both need a name.</source>
        <translation>Eine Nachricht wird pro Handler einmal verarbeitet: Beide brauchen einen Namen.</translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::Messages</name>
    <message>
        <source>The message names no service (&quot;service&quot;).</source>
        <translation>Die Nachricht nennt keinen Dienst („service“).</translation>
    </message>
    <message>
        <source>The message names no operation (&quot;operation&quot;).</source>
        <translation>Die Nachricht nennt keine Operation („operation“).</translation>
    </message>
    <message>
        <source>The message has no idempotency key (&quot;idempotencyKey&quot;).</source>
        <translation>Die Nachricht hat keinen Idempotenzschlüssel („idempotencyKey“).</translation>
    </message>
    <message>
        <source>The message&apos;s &quot;correlationId&quot; is not text.</source>
        <translation>„correlationId“ der Nachricht ist kein Text.</translation>
    </message>
    <message>
        <source>The message&apos;s &quot;body&quot; is not a JSON object.</source>
        <translation>„body“ der Nachricht ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>Die Nachricht ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::RetryPolicy</name>
    <message>
        <source>a permanent error: no retry</source>
        <translation>ein dauerhafter Fehler: kein erneuter Versuch</translation>
    </message>
    <message>
        <source>%1 attempts over %2 hours failed</source>
        <translation>%1 Versuche über %2 Stunden sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>A retry policy needs at least one attempt.</source>
        <translation>Eine Wiederholungsrichtlinie braucht mindestens einen Versuch.</translation>
    </message>
    <message>
        <source>A retry policy&apos;s longest backoff must be at least its first.</source>
        <translation>Die längste Wartezeit einer Wiederholungsrichtlinie muss mindestens so lang sein wie die erste.</translation>
    </message>
    <message>
        <source>A retry policy&apos;s backoff multiplier must be at least 1.</source>
        <translation>Der Backoff-Multiplikator einer Wiederholungsrichtlinie muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>A retry policy&apos;s jitter must be between 0 and 1.</source>
        <translation>Der Jitter einer Wiederholungsrichtlinie muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>A retry policy&apos;s times cannot be negative.</source>
        <translation>Die Zeiten einer Wiederholungsrichtlinie dürfen nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>eventdesk::projections</name>
    <message>
        <source>prepare a read model query</source>
        <translation>eine Lesemodell-Abfrage vorbereiten</translation>
    </message>
    <message>
        <source>update the read models</source>
        <translation>die Lesemodelle aktualisieren</translation>
    </message>
    <message>
        <source>read events</source>
        <translation>Ereignisse lesen</translation>
    </message>
    <message>
        <source>The read models were not rebuilt: cancelled. They are as they were before.</source>
        <translation>Die Lesemodelle wurden nicht neu aufgebaut: abgebrochen. Sie sind unverändert.</translation>
    </message>
    <message>
        <source>Catching up the read models was cancelled at position %1; the next catch-up goes on from there.</source>
        <translation>Das Aufholen der Lesemodelle wurde an Position %1 abgebrochen; das nächste Aufholen setzt dort fort.</translation>
    </message>
    <message>
        <source>There is no read model named &quot;%1&quot;; use one of %2.</source>
        <translation>Es gibt kein Lesemodell namens „%1“; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source> or inbox</source>
        <translation> oder inbox</translation>
    </message>
    <message>
        <source>The store %1 cannot be read.</source>
        <translation>Der Ereignisspeicher %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>read the read models</source>
        <translation>die Lesemodelle lesen</translation>
    </message>
</context>
<context>
    <name>eventdesk::services</name>
    <message>
        <source>use up, down, flaky:RATE (RATE from 0 to 1, e.g. flaky:0.3) or slow:MS (e.g. slow:250)</source>
        <translation>verwenden Sie up, down, flaky:RATE (RATE von 0 bis 1, z. B. flaky:0.3) oder slow:MS (z. B. slow:250)</translation>
    </message>
    <message>
        <source>read the services</source>
        <translation>die Dienste lesen</translation>
    </message>
    <message>
        <source>There is no service named &quot;%1&quot;; the services are %2.</source>
        <translation>Es gibt keinen Dienst namens „%1“; die Dienste sind %2.</translation>
    </message>
    <message>
        <source>The failure rate of flaky must be from 0 to 1, e.g. flaky:0.3.</source>
        <translation>Die Fehlerrate von flaky muss zwischen 0 und 1 liegen, z. B. flaky:0.3.</translation>
    </message>
    <message>
        <source>The delay of slow must be from 0 to %1 milliseconds.</source>
        <translation>Die Verzögerung von slow muss zwischen 0 und %1 Millisekunden liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no mode; %2.</source>
        <translation>„%1“ ist kein Modus; %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no http:// or https:// URL with a host.</source>
        <translation>„%1“ ist keine http://- oder https://-URL mit Host.</translation>
    </message>
    <message>
        <source>A service URL may not hold a user name or password; credentials are kept out of the store (see docs/SERVICES.md).</source>
        <translation>Eine Dienst-URL darf keinen Benutzernamen und kein Passwort enthalten; Zugangsdaten werden nicht im Ereignisspeicher abgelegt (siehe docs/SERVICES.md).</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for a loopback address (127.0.0.1, ::1, localhost); use https:// for %1.</source>
        <translation>Einfaches http:// ist nur für eine Loopback-Adresse erlaubt (127.0.0.1, ::1, localhost); verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service URL; give an absolute https:// URL (http:// only for a loopback address), or &quot;simulated&quot;.</source>
        <translation>„%1“ ist keine Dienst-URL; geben Sie eine absolute https://-URL an (http:// nur für eine Loopback-Adresse) oder „simulated“.</translation>
    </message>
    <message>
        <source>The store %1 cannot be read.</source>
        <translation>Der Ereignisspeicher %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the admin role is required</source>
        <translation>die Administratorrolle ist erforderlich</translation>
    </message>
    <message>
        <source>change the mode of the %1 service</source>
        <translation>den Modus des Dienstes %1 ändern</translation>
    </message>
    <message>
        <source>change the URL of the %1 service</source>
        <translation>die URL des Dienstes %1 ändern</translation>
    </message>
    <message>
        <source>An adapter is &quot;simulated&quot; or &quot;http&quot;.</source>
        <translation>Ein Adapter ist „simulated“ oder „http“.</translation>
    </message>
    <message>
        <source>change the timeout of the %1 service</source>
        <translation>das Zeitlimit des Dienstes %1 ändern</translation>
    </message>
    <message>
        <source>A timeout must be from %1 to %2 milliseconds.</source>
        <translation>Ein Zeitlimit muss zwischen %1 und %2 Millisekunden liegen.</translation>
    </message>
    <message>
        <source>A queue plot needs whole-second steps, at most 100000 of them, not a window of %1 ms in steps of %2 ms.</source>
        <translation>Ein Warteschlangen-Diagramm braucht Schritte in ganzen Sekunden, höchstens 100000 davon, nicht ein Fenster von %1 ms in Schritten von %2 ms.</translation>
    </message>
</context>
<context>
    <name>eventdesk::services::HttpAdapter</name>
    <message>
        <source>The %1 service is not called: %2</source>
        <translation>Der Dienst %1 wird nicht aufgerufen: %2</translation>
    </message>
    <message>
        <source>A call to %1 needs an idempotency key of 1 to 255 printable ASCII characters.</source>
        <translation>Ein Aufruf an %1 braucht einen Idempotenzschlüssel aus 1 bis 255 druckbaren ASCII-Zeichen.</translation>
    </message>
    <message>
        <source>The correlation id of a call to %1 must be 1 to 255 printable ASCII characters.</source>
        <translation>Die Korrelations-ID eines Aufrufs an %1 muss aus 1 bis 255 druckbaren ASCII-Zeichen bestehen.</translation>
    </message>
    <message>
        <source>An amount is sent as a decimal string, never as a number.</source>
        <translation>Ein Betrag wird als Dezimal-String gesendet, nie als Zahl.</translation>
    </message>
    <message>
        <source>The %1 service answered %2; the call will be tried again.</source>
        <translation>Der Dienst %1 hat mit %2 geantwortet; der Aufruf wird erneut versucht.</translation>
    </message>
    <message>
        <source>The %1 service refused the call with %2: %3</source>
        <translation>Der Dienst %1 hat den Aufruf mit %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>The %1 service did not answer within %2 ms.</source>
        <translation>Der Dienst %1 hat nicht innerhalb von %2 ms geantwortet.</translation>
    </message>
    <message>
        <source>The %1 service could not be reached: %2</source>
        <translation>Der Dienst %1 war nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>eventdesk::services::SimulatedAdapter</name>
    <message>
        <source>A call for the %1 service reached the %2 adapter.</source>
        <translation>Ein Aufruf für den Dienst %1 hat den Adapter %2 erreicht.</translation>
    </message>
    <message>
        <source>A call to %1 needs an idempotency key.</source>
        <translation>Ein Aufruf an %1 braucht einen Idempotenzschlüssel.</translation>
    </message>
    <message>
        <source>The %1 service is down (simulated).</source>
        <translation>Der Dienst %1 ist ausgefallen (simuliert).</translation>
    </message>
    <message>
        <source>The %1 service failed this call (simulated, flaky).</source>
        <translation>Der Dienst %1 hat diesen Aufruf nicht ausgeführt (simuliert, instabil).</translation>
    </message>
    <message>
        <source>record a simulated call</source>
        <translation>einen simulierten Aufruf erfassen</translation>
    </message>
    <message>
        <source>The simulated %1 service could not record the call: %2</source>
        <translation>Der simulierte Dienst %1 konnte den Aufruf nicht erfassen: %2</translation>
    </message>
    <message>
        <source>The idempotency key %1 was used before with a different request (simulated %2 service).</source>
        <translation>Der Idempotenzschlüssel %1 wurde bereits mit einer anderen Anfrage verwendet (simulierter Dienst %2).</translation>
    </message>
</context>
<context>
    <name>eventdesk::workflow</name>
    <message>
        <source>The %1 workflow has no definition version %2 here; its handlers cannot act on %3.</source>
        <translation>Der Workflow %1 hat hier keine Definitionsversion %2; seine Handler können nicht auf %3 reagieren.</translation>
    </message>
    <message>
        <source>The %1 workflow has no definition version %2 here, so its saga cannot go on; load that version.</source>
        <translation>Der Workflow %1 hat hier keine Definitionsversion %2, daher kann seine Saga nicht fortgesetzt werden; laden Sie diese Version.</translation>
    </message>
    <message>
        <source>The saga of %1 did not settle after %2 steps.</source>
        <translation>Die Saga von %1 hat sich nach %2 Schritten nicht stabilisiert.</translation>
    </message>
    <message>
        <source>The %1 service refused the call for good.</source>
        <translation>Der Dienst %1 hat den Aufruf endgültig abgelehnt.</translation>
    </message>
</context>
<context>
    <name>eventdesk::workflow::Definition</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>missing field</source>
        <translation>fehlendes Feld</translation>
    </message>
    <message>
        <source>wrong type: expected %1, found %2</source>
        <translation>falscher Typ: erwartet %1, gefunden %2</translation>
    </message>
    <message>
        <source>unknown field %1; the fields here are %2</source>
        <translation>unbekanntes Feld %1; die Felder hier sind %2</translation>
    </message>
    <message>
        <source>too long: at most %1 characters</source>
        <translation>zu lang: höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>%1 is not a valid name: use lower-case letters, digits and single hyphens, starting with a letter, at most %2 characters</source>
        <translation>%1 ist kein gültiger Name: verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche, beginnend mit einem Buchstaben, höchstens %2 Zeichen</translation>
    </message>
    <message>
        <source>a number of hours</source>
        <translation>eine Anzahl Stunden</translation>
    </message>
    <message>
        <source>a deadline must be more than 0 hours, not %1</source>
        <translation>eine Frist muss mehr als 0 Stunden betragen, nicht %1</translation>
    </message>
    <message>
        <source>a deadline must be at most %1 hours (a year), not %2</source>
        <translation>eine Frist darf höchstens %1 Stunden (ein Jahr) betragen, nicht %2</translation>
    </message>
    <message>
        <source>no one could act: list at least one role</source>
        <translation>niemand könnte handeln: geben Sie mindestens eine Rolle an</translation>
    </message>
    <message>
        <source>a role name</source>
        <translation>ein Rollenname</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>unknown role %1; use one of %2, or %3</source>
        <translation>unbekannte Rolle %1; verwenden Sie eine von %2 oder %3</translation>
    </message>
    <message>
        <source>no one would hear of it: list at least one recipient</source>
        <translation>niemand würde davon erfahren: geben Sie mindestens einen Empfänger an</translation>
    </message>
    <message>
        <source>a recipient</source>
        <translation>ein Empfänger</translation>
    </message>
    <message>
        <source>unknown recipient %1; use a role name, %2, %3 or %4</source>
        <translation>unbekannter Empfänger %1; verwenden Sie einen Rollennamen, %2, %3 oder %4</translation>
    </message>
    <message>
        <source>unknown service %1; the services are %2</source>
        <translation>unbekannter Dienst %1; die Dienste sind %2</translation>
    </message>
    <message>
        <source>the %1 service has no operation %2; it offers %3</source>
        <translation>der Dienst %1 hat keine Operation %2; er bietet %3</translation>
    </message>
    <message>
        <source>a rejection always needs a reason; set reasonRequired to true or leave it out</source>
        <translation>eine Ablehnung braucht immer eine Begründung; setzen Sie reasonRequired auf true oder lassen Sie es weg</translation>
    </message>
    <message>
        <source>nobody approves their own request: %1 cannot approve</source>
        <translation>niemand genehmigt den eigenen Antrag: %1 kann nicht genehmigen</translation>
    </message>
    <message>
        <source>unknown kind %1; use approval, task, service or handler</source>
        <translation>unbekannte Art %1; verwenden Sie approval, task, service oder handler</translation>
    </message>
    <message>
        <source>a %1 step has no actions: people do not act on it</source>
        <translation>ein %1-Schritt hat keine Aktionen: Personen bearbeiten ihn nicht</translation>
    </message>
    <message>
        <source>the step could never end: offer at least one action</source>
        <translation>der Schritt könnte nie enden: bieten Sie mindestens eine Aktion an</translation>
    </message>
    <message>
        <source>duplicate action %1 in this step</source>
        <translation>doppelte Aktion %1 in diesem Schritt</translation>
    </message>
    <message>
        <source>only approval steps apply approval limits, this is a %1 step</source>
        <translation>nur Genehmigungsschritte wenden Genehmigungslimits an, dies ist ein %1-Schritt</translation>
    </message>
    <message>
        <source>only service and handler steps call services, this is a %1 step</source>
        <translation>nur Service- und Handler-Schritte rufen Dienste auf, dies ist ein %1-Schritt</translation>
    </message>
    <message>
        <source>a compensation for a step without a service call: there is nothing to undo</source>
        <translation>eine Kompensation für einen Schritt ohne Dienstaufruf: Es gibt nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>the compensation must call the service of the step it undoes (%1), not %2</source>
        <translation>die Kompensation muss den Dienst des Schritts aufrufen, den sie rückgängig macht (%1), nicht %2</translation>
    </message>
    <message>
        <source>the compensation repeats the step&apos;s own operation %1 instead of undoing it</source>
        <translation>die Kompensation wiederholt die eigene Operation %1 des Schritts, statt sie rückgängig zu machen</translation>
    </message>
    <message>
        <source>only handler steps can be optional, this is a %1 step</source>
        <translation>nur Handler-Schritte können optional sein, dies ist ein %1-Schritt</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>the version must be a whole number from 1 to %1, not %2</source>
        <translation>die Version muss eine ganze Zahl von 1 bis %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>unknown coordination %1; use orchestrated or choreographed</source>
        <translation>unbekannte Koordination %1; verwenden Sie orchestrated oder choreographed</translation>
    </message>
    <message>
        <source>%1 means the person who submitted the request, which nobody is before submitting; name roles</source>
        <translation>%1 bezeichnet die Person, die den Antrag eingereicht hat – die es vor dem Einreichen nicht gibt; nennen Sie Rollen</translation>
    </message>
    <message>
        <source>bad limit: %1</source>
        <translation>ungültiges Limit: %1</translation>
    </message>
    <message>
        <source>a workflow needs at least one step</source>
        <translation>ein Workflow braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>duplicate step id %1 (also steps[%2])</source>
        <translation>doppelte Schritt-ID %1 (auch steps[%2])</translation>
    </message>
    <message>
        <source>handler steps belong to choreographed workflows; this one is orchestrated</source>
        <translation>Handler-Schritte gehören zu choreografierten Workflows; dieser ist orchestriert</translation>
    </message>
    <message>
        <source>a choreographed workflow has only handler steps</source>
        <translation>ein choreografierter Workflow hat nur Handler-Schritte</translation>
    </message>
    <message>
        <source>missing field: the step %1 applies approval limits, so the definition needs a default limit for managers without their own</source>
        <translation>fehlendes Feld: Der Schritt %1 wendet Genehmigungslimits an, daher braucht die Definition ein Standardlimit für Manager ohne eigenes Limit</translation>
    </message>
    <message>
        <source>unknown workflow %1; EventDesk carries out %2</source>
        <translation>unbekannter Workflow %1; EventDesk führt %2 aus</translation>
    </message>
    <message>
        <source>the %1 workflow is %2</source>
        <translation>der Workflow %1 ist %2</translation>
    </message>
    <message>
        <source>missing the step %1; the %2 workflow&apos;s steps are %3, in this order</source>
        <translation>der Schritt %1 fehlt; die Schritte des Workflows %2 sind %3, in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>expected the step %1 here; the %2 workflow&apos;s steps are %3, in this order</source>
        <translation>hier wurde der Schritt %1 erwartet; die Schritte des Workflows %2 sind %3, in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>the %1 workflow has no step %2; its steps are %3</source>
        <translation>der Workflow %1 hat keinen Schritt %2; seine Schritte sind %3</translation>
    </message>
    <message>
        <source>the step %1 of the %2 workflow is a %3 step</source>
        <translation>der Schritt %1 des Workflows %2 ist ein %3-Schritt</translation>
    </message>
    <message>
        <source>the step %1 cannot %2; it knows %3</source>
        <translation>der Schritt %1 kann nicht %2; er kennt %3</translation>
    </message>
    <message>
        <source>the step %1 must offer %2, or it could never end</source>
        <translation>der Schritt %1 muss %2 anbieten, sonst könnte er nie enden</translation>
    </message>
    <message>
        <source>the step %1 of the %2 workflow calls no service</source>
        <translation>der Schritt %1 des Workflows %2 ruft keinen Dienst auf</translation>
    </message>
    <message>
        <source>missing field: the step %1 calls the %2 service</source>
        <translation>fehlendes Feld: Der Schritt %1 ruft den Dienst %2 auf</translation>
    </message>
    <message>
        <source>the step %1 must call the %2 service, not %3</source>
        <translation>der Schritt %1 muss den Dienst %2 aufrufen, nicht %3</translation>
    </message>
    <message>
        <source>the step %1 of the %2 workflow has no compensation: nothing after it could fail</source>
        <translation>der Schritt %1 des Workflows %2 hat keine Kompensation: Nach ihm kann nichts mehr fehlschlagen</translation>
    </message>
    <message>
        <source>missing field: the step %1 needs a compensation that undoes %2</source>
        <translation>fehlendes Feld: Der Schritt %1 braucht eine Kompensation, die %2 rückgängig macht</translation>
    </message>
    <message>
        <source>the submitter</source>
        <translation>der Antragsteller</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>not valid JSON, or not a JSON object: a workflow definition is a JSON object, starting with {</source>
        <translation>kein gültiges JSON oder kein JSON-Objekt: Eine Workflow-Definition ist ein JSON-Objekt, das mit { beginnt</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>kein gültiges JSON: %1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>a workflow definition is a JSON object, not %1</source>
        <translation>eine Workflow-Definition ist ein JSON-Objekt, nicht %1</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>this is a folder; give a workflow definition file</source>
        <translation>dies ist ein Ordner; geben Sie eine Workflow-Definitionsdatei an</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>too large for a workflow definition (more than %1 bytes)</source>
        <translation>zu groß für eine Workflow-Definition (mehr als %1 Bytes)</translation>
    </message>
    <message>
        <source>the shipped definition of the %1 workflow is missing from %2</source>
        <translation>die mitgelieferte Definition des Workflows %1 fehlt in %2</translation>
    </message>
    <message>
        <source>unknown workflow %1; use one of %2</source>
        <translation>unbekannter Workflow %1; verwenden Sie einen von %2</translation>
    </message>
</context>
<context>
    <name>eventdesk::workflow::DefinitionRegistry</name>
    <message>
        <source>The definition recorded at position %1 of %2 cannot be read by this version: %3</source>
        <translation>Die an Position %1 von %2 aufgezeichnete Definition kann von dieser Version nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>load a workflow definition</source>
        <translation>eine Workflow-Definition laden</translation>
    </message>
    <message>
        <source>the admin role is required</source>
        <translation>die Administratorrolle ist erforderlich</translation>
    </message>
    <message>
        <source>%1: version %2 of the %3 workflow is not newer than the current version %4; give the definition a higher version.</source>
        <translation>%1: Version %2 des Workflows %3 ist nicht neuer als die aktuelle Version %4; geben Sie der Definition eine höhere Version.</translation>
    </message>
    <message>
        <source>%1: unknown workflow &quot;%2&quot;; use one of %3</source>
        <translation>%1: unbekannter Workflow „%2“; verwenden Sie einen von %3</translation>
    </message>
    <message>
        <source>Another administrator kept loading definitions at the same time; try again.</source>
        <translation>Ein anderer Administrator hat gleichzeitig Definitionen geladen; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>security::NewStore</name>
    <message>
        <source>%1 already exists; a new store needs a path that holds no file.</source>
        <translation>%1 existiert bereits; ein neuer Ereignisspeicher braucht einen Pfad, an dem sich keine Datei befindet.</translation>
    </message>
</context>
</TS>

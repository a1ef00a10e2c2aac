<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdministrationPage</name>
    <message>
        <source>&amp;Users and roles</source>
        <translation>&amp;Utilisateurs et rôles</translation>
    </message>
    <message>
        <source>&amp;Workflow definitions</source>
        <translation>Définitions de &amp;flux de travail</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>The s&amp;tore</source>
        <translation>Le &amp;magasin</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>En attente de vous</translation>
    </message>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <translation>Filtrer… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter what waits for you</source>
        <translation>Filtrer ce qui vous attend</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Commentaire</translation>
    </message>
    <message>
        <source>Recorded with your decision (optional)</source>
        <translation>Enregistré avec votre décision (facultatif)</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Why you reject or cancel it (required for that)</source>
        <translation>Pourquoi vous refusez ou annulez (obligatoire dans ce cas)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log — who did what, when and why</source>
        <translation>Journal d&apos;audit — qui a fait quoi, quand et pourquoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Filter by who</source>
        <translation>Filtrer par auteur</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Filter by stream</source>
        <translation>Filtrer par flux</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Filter by event type</source>
        <translation>Filtrer par type d&apos;événement</translation>
    </message>
    <message>
        <source>Text in comment or reason</source>
        <translation>Texte du commentaire ou du motif</translation>
    </message>
    <message>
        <source>Filter by text in comment or reason</source>
        <translation>Filtrer par texte du commentaire ou du motif</translation>
    </message>
    <message>
        <source>&amp;As of position</source>
        <translation>À la &amp;position</translation>
    </message>
    <message>
        <source>As of global position</source>
        <translation>À la position globale</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Re-computes every event&apos;s hash from its contents and its predecessor, then runs SQLite&apos;s integrity check. The console stays usable meanwhile.</source>
        <translation>Recalcule le hachage de chaque événement à partir de son contenu et de son prédécesseur, puis lance la vérification d&apos;intégrité de SQLite. La console reste utilisable pendant ce temps.</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Signed exports of the audit log come with a later release.</source>
        <translation>Les exports signés du journal d&apos;audit arriveront dans une version ultérieure.</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Not verified in this session yet.</source>
        <translation>Pas encore vérifié dans cette session.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidées</translation>
    </message>
    <message>
        <source>Rejection rate</source>
        <translation>Taux de refus</translation>
    </message>
    <message>
        <source>Submission to decision</source>
        <translation>De la soumission à la décision</translation>
    </message>
    <message>
        <source>Deadlines passed</source>
        <translation>Échéances dépassées</translation>
    </message>
    <message>
        <source>Requests submitted per day</source>
        <translation>Demandes soumises par jour</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>No backup of this store has been made from this computer yet.</source>
        <translation>Aucune sauvegarde de ce magasin n’a encore été faite depuis cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup of this store is %n day(s) old.</source>
        <translation>
            <numerusform>La dernière sauvegarde de ce magasin date de %n jour.</numerusform>
            <numerusform>La dernière sauvegarde de ce magasin date de %n jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadLettersPage</name>
    <message>
        <source>Filter by service, operation, error…</source>
        <translation>Filtrer par service, opération, erreur…</translation>
    </message>
    <message>
        <source>Filter dead letters</source>
        <translation>Filtrer les lettres mortes</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Afficher les &amp;résolus</translation>
    </message>
    <message>
        <source>Retry &amp;all…</source>
        <translation>Relancer &amp;tout…</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Lettres mortes</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>C&amp;harge utile</translation>
    </message>
    <message>
        <source>Payload as JSON</source>
        <translation>Charge utile en JSON</translation>
    </message>
    <message>
        <source>Why the edit (optional)</source>
        <translation>Raison de la modification (facultatif)</translation>
    </message>
    <message>
        <source>Reason for the edit</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Retry with edi&amp;t</source>
        <translation>Relancer avec modi&amp;fication</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
</context>
<context>
    <name>EventDetailPanel</name>
    <message>
        <source>Select an event in the list: its stream&apos;s state right after it, what it changed, its envelope, its thread and the requests as they stood then appear here.</source>
        <translation>Sélectionnez un événement dans la liste&#xa0;: l&apos;état de son flux juste après, ce qu&apos;il a modifié, son enveloppe, son fil et les demandes telles qu&apos;elles étaient alors s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>État après</translation>
    </message>
    <message>
        <source>State after the event</source>
        <translation>État après l&apos;événement</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Changes made by the event</source>
        <translation>Modifications apportées par l&apos;événement</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position&#xa0;:</translation>
    </message>
    <message>
        <source>Stream:</source>
        <translation>Flux&#xa0;:</translation>
    </message>
    <message>
        <source>Stream version:</source>
        <translation>Version du flux&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Version du schéma&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded at:</source>
        <translation>Enregistré le&#xa0;:</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Acteur&#xa0;:</translation>
    </message>
    <message>
        <source>Event id:</source>
        <translation>ID de l&apos;événement&#xa0;:</translation>
    </message>
    <message>
        <source>Correlation id:</source>
        <translation>ID de corrélation&#xa0;:</translation>
    </message>
    <message>
        <source>Causation id:</source>
        <translation>ID de causalité&#xa0;:</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>Hachage&#xa0;:</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Thread of the event</source>
        <translation>Fil de l&apos;événement</translation>
    </message>
    <message>
        <source>Looking for the events it caused</source>
        <translation>Recherche des événements qu&apos;il a causés</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop looking for the events it caused</source>
        <translation>Arrêter la recherche des événements qu&apos;il a causés</translation>
    </message>
    <message>
        <source>System as of here</source>
        <translation>Système à ce stade</translation>
    </message>
    <message>
        <source>&lt;b&gt;Requests&lt;/b&gt;</source>
        <translation>&lt;b&gt;Demandes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Requests as they stood</source>
        <translation>Demandes telles qu&apos;elles étaient</translation>
    </message>
    <message>
        <source>Inbox of</source>
        <translation>Boîte de réception de</translation>
    </message>
    <message>
        <source>Whose inbox</source>
        <translation>Boîte de réception de qui</translation>
    </message>
    <message>
        <source>Inbox as it stood</source>
        <translation>Boîte de réception telle qu&apos;elle était</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Reading the services…</source>
        <translation>Lecture des services…</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
</context>
<context>
    <name>NewStoreDialog</name>
    <message>
        <source>Create a new store</source>
        <translation>Créer un nouveau magasin</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Répéter le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Base &amp;currency:</source>
        <translation>&amp;Devise de base&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Making the demo company…</source>
        <translation>Création de l&apos;entreprise de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Cette demande n&apos;est pas dans le magasin.</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (actuellement)</translation>
    </message>
    <message>
        <source>Manager (%1, up to %2)</source>
        <translation>Responsable (%1, jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Manager (no manager&apos;s limit covers %1: it will wait)</source>
        <translation>Responsable (aucun plafond de responsable ne couvre %1&#xa0;: elle attendra)</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mes demandes</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>&amp;Toutes</translation>
    </message>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <translation>Filtrer… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtrer les demandes</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
</context>
<context>
    <name>SagaTrace</name>
    <message>
        <source>not reached</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <source>current</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>compensating</source>
        <translation>en compensation</translation>
    </message>
    <message>
        <source>compensated</source>
        <translation>compensée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SagasPage</name>
    <message>
        <source>Workflow filter</source>
        <translation>Filtre par flux de travail</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>&amp;Active only</source>
        <translation>&amp;Actives uniquement</translation>
    </message>
    <message>
        <source>Filter by request, step…</source>
        <translation>Filtrer par demande, étape…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Filtre de texte</translation>
    </message>
    <message>
        <source>Sagas</source>
        <translation>Sagas</translation>
    </message>
    <message>
        <source>&amp;Events of this saga</source>
        <translation>É&amp;vénements de cette saga</translation>
    </message>
    <message>
        <source>Events of this saga</source>
        <translation>Événements de cette saga</translation>
    </message>
    <message>
        <source>Steps of the saga</source>
        <translation>Étapes de la saga</translation>
    </message>
</context>
<context>
    <name>ServiceControls</name>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>Set mode</source>
        <translation>Définir le mode</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Disjoncteur</translation>
    </message>
    <message>
        <source>Force open</source>
        <translation>Forcer l&apos;ouverture</translation>
    </message>
    <message>
        <source>Force closed</source>
        <translation>Forcer la fermeture</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>End an override: the breaker closes and judges calls again.</source>
        <translation>Mettre fin au forçage&#xa0;: le disjoncteur se ferme et juge de nouveau les appels.</translation>
    </message>
</context>
<context>
    <name>ServiceDetailPanel</name>
    <message>
        <source>Open a service card (click it, or focus it and press Enter) to see its breaker, call and failure rates, latency and queue over time.</source>
        <translation>Ouvrez une carte de service (cliquez dessus, ou donnez-lui le focus et appuyez sur Entrée) pour voir l&apos;évolution de son disjoncteur, de ses taux d&apos;appels et d&apos;échecs, de sa latence et de sa file.</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>Show the last 5 minutes</source>
        <translation>Afficher les 5 dernières minutes</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>Show the last hour</source>
        <translation>Afficher la dernière heure</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>Show the last 24 hours</source>
        <translation>Afficher les dernières 24 heures</translation>
    </message>
    <message>
        <source>The breaker&apos;s state over time: green closed, amber half-open, red open; a dashed red outline marks a state an administrator forced.</source>
        <translation>L&apos;état du disjoncteur dans le temps&#xa0;: vert fermé, orange semi-ouvert, rouge ouvert&#xa0;; un contour rouge en pointillés signale un état forcé par un administrateur.</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Settings of the selected service</source>
        <translation>Paramètres du service sélectionné</translation>
    </message>
    <message>
        <source>&amp;Calls go to</source>
        <translation>&amp;Appels vers</translation>
    </message>
    <message>
        <source>simulated, or an https:// URL</source>
        <translation>simulated, ou une URL https://</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>&amp;Délai d&apos;expiration</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>For the simulated adapter: up, down, flaky:RATE (0 to 1) or slow:MS</source>
        <translation>Pour l&apos;adaptateur simulé&#xa0;: up, down, flaky:RATE (0 à 1) ou slow:MS</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Réta&amp;blir</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Store to open:</source>
        <translation>&amp;Magasin à ouvrir&#xa0;:</translation>
    </message>
    <message>
        <source>Store to open</source>
        <translation>Magasin à ouvrir</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to EventDesk</source>
        <translation>Se connecter à EventDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Connexion&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Awaiting finance</source>
        <translation>En attente des finances</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Emballée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <translation>En attente d&apos;une personne</translation>
    </message>
    <message>
        <source>Waiting for a service</source>
        <translation>En attente d&apos;un service</translation>
    </message>
    <message>
        <source>Compensating</source>
        <translation>En compensation</translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation>Compensée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Half-open</source>
        <translation>Semi-ouvert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Forced open</source>
        <translation>Forcé ouvert</translation>
    </message>
    <message>
        <source>Forced closed</source>
        <translation>Forcé fermé</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Mise de côté</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Relancée</translation>
    </message>
    <message>
        <source>Edited and retried</source>
        <translation>Modifiée et relancée</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>StoreTab</name>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>A consistent copy of the open store, written while the console keeps working, then verified event by event.</source>
        <translation>Une copie cohérente du magasin ouvert, écrite pendant que la console continue de fonctionner, puis vérifiée événement par événement.</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progression de la sauvegarde</translation>
    </message>
    <message>
        <source>Read models</source>
        <translation>Modèles de lecture</translation>
    </message>
    <message>
        <source>Rebuilds the read models (requests, sagas, audit log, reports) from the first event. Other pages keep showing the old models until the rebuild commits; new events wait meanwhile. Cancel leaves everything as it was.</source>
        <translation>Reconstruit les modèles de lecture (demandes, sagas, journal d&apos;audit, rapports) à partir du premier événement. Les autres pages affichent les anciens modèles jusqu&apos;à la validation de la reconstruction&#xa0;; les nouveaux événements attendent entre-temps. Annuler laisse tout en l&apos;état.</translation>
    </message>
    <message>
        <source>&amp;Rebuild read models</source>
        <translation>&amp;Reconstruire les modèles de lecture</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Rebuild progress</source>
        <translation>Progression de la reconstruction</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Restore a backu&amp;p…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
    <message>
        <source>Restore a backup into a new store file, verified; the open store is not touched</source>
        <translation>Restaurer une sauvegarde, vérifiée, dans un nouveau fichier de magasin&#xa0;; le magasin ouvert n&apos;est pas touché</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Annuler la restauration</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progression de la restauration</translation>
    </message>
    <message>
        <source>&amp;Open the restored store in a new window</source>
        <translation>&amp;Ouvrir le magasin restauré dans une nouvelle fenêtre</translation>
    </message>
</context>
<context>
    <name>SubmitRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>&amp;Workflow</source>
        <translation>&amp;Flux de travail</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>What the request is for</source>
        <translation>Objet de la demande</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>1200.50</source>
        <translation>1200.50</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Anything the approvers should know (optional)</source>
        <translation>Ce que les approbateurs doivent savoir (facultatif)</translation>
    </message>
    <message>
        <source>Approval path</source>
        <translation>Circuit d&apos;approbation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Event density over time — drag across the chart to filter by a time range</source>
        <translation>Densité des événements dans le temps — faites glisser sur le graphique pour filtrer par période</translation>
    </message>
    <message>
        <source>C&amp;lear range</source>
        <translation>Effacer la &amp;période</translation>
    </message>
    <message>
        <source>Clear the time range</source>
        <translation>Effacer la période</translation>
    </message>
    <message>
        <source>Stream or category</source>
        <translation>Flux ou catégorie</translation>
    </message>
    <message>
        <source>Events of the streams whose id starts with this: a category (purchase), a stream id or its first characters</source>
        <translation>Événements des flux dont l&apos;ID commence par ceci&#xa0;: une catégorie (purchase), un ID de flux ou ses premiers caractères</translation>
    </message>
    <message>
        <source>Filter by stream or category</source>
        <translation>Filtrer par flux ou catégorie</translation>
    </message>
    <message>
        <source>Filter by event type</source>
        <translation>Filtrer par type d&apos;événement</translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation>Filtrer par acteur</translation>
    </message>
    <message>
        <source>Text in the payload</source>
        <translation>Texte de la charge utile</translation>
    </message>
    <message>
        <source>Events whose payload contains this text (exact case), or matches it as a regular expression when Regex is on</source>
        <translation>Événements dont la charge utile contient ce texte (casse exacte), ou qui correspondent à l&apos;expression régulière lorsque Regex est activé</translation>
    </message>
    <message>
        <source>Filter by text in the payload</source>
        <translation>Filtrer par texte de la charge utile</translation>
    </message>
    <message>
        <source>Rege&amp;x</source>
        <translation>Rege&amp;x</translation>
    </message>
    <message>
        <source>Read the text as a regular expression, matched against each payload in the background</source>
        <translation>Interpréter le texte comme une expression régulière, comparée à chaque charge utile en arrière-plan</translation>
    </message>
    <message>
        <source>Number of matching events</source>
        <translation>Nombre d&apos;événements correspondants</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Entre</translation>
    </message>
    <message>
        <source>Filter by time range</source>
        <translation>Filtrer par période</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>To time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>Problème de filtre</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>Progression de la recherche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the search</source>
        <translation>Annuler la recherche</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>Position scrubber</source>
        <translation>Curseur de position</translation>
    </message>
    <message>
        <source>Drag to move through the store by global position</source>
        <translation>Faites glisser pour parcourir le magasin par position globale</translation>
    </message>
    <message>
        <source>&amp;Go to position…</source>
        <translation>&amp;Aller à la position…</translation>
    </message>
    <message>
        <source>Jump to a global position (Ctrl+G)</source>
        <translation>Aller à une position globale (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Approval &amp;limit</source>
        <translation>&amp;Plafond d&apos;approbation</translation>
    </message>
    <message>
        <source>empty: the workflow&apos;s default</source>
        <translation>vide&#xa0;: valeur par défaut du flux de travail</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Répéter le mot de passe</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>Modifier les &amp;rôles…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Déverro&amp;uiller</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to EventDesk&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenue dans EventDesk&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Requests, approvals and payments, every change an event you can trace. Choose where to start:</source>
        <translation>Demandes, approbations et paiements&#xa0;: chaque modification est un événement que vous pouvez retracer. Choisissez par où commencer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Explore the demo company</source>
        <translation>&amp;Explorer l&apos;entreprise de démonstration</translation>
    </message>
    <message>
        <source>A company with people in every role and 200 requests, in a store of its own</source>
        <translation>Une entreprise avec des personnes dans chaque rôle et 200 demandes, dans son propre magasin</translation>
    </message>
    <message>
        <source>&amp;Open a store…</source>
        <translation>&amp;Ouvrir un magasin…</translation>
    </message>
    <message>
        <source>&amp;Create a new store…</source>
        <translation>&amp;Créer un nouveau magasin…</translation>
    </message>
    <message>
        <source>&amp;Recent stores:</source>
        <translation>Magasins &amp;récents&#xa0;:</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translation>Magasins récents</translation>
    </message>
    <message>
        <source>Open rea&amp;d-only</source>
        <translation>Ouvrir en lecture se&amp;ule</translation>
    </message>
    <message>
        <source>Open this store read-only</source>
        <translation>Ouvrir ce magasin en lecture seule</translation>
    </message>
    <message>
        <source>Open the same store without changing anything in it: see and export what it holds, make a backup</source>
        <translation>Ouvrir le même magasin sans rien y changer&#xa0;: voir et exporter ce qu&apos;il contient, faire une sauvegarde</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Restore a backup into a new store</source>
        <translation>Restaurer une sauvegarde dans un nouveau magasin</translation>
    </message>
    <message>
        <source>Choose a backup and a new file for it; the backup is verified, restored there and opened. The store above is not touched.</source>
        <translation>Choisissez une sauvegarde et un nouveau fichier pour elle&#xa0;; la sauvegarde est vérifiée, restaurée à cet endroit et ouverte. Le magasin ci-dessus n&apos;est pas touché.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Annuler la restauration</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progression de la restauration</translation>
    </message>
</context>
<context>
    <name>WorkflowsTab</name>
    <message>
        <source>&amp;Validate file…</source>
        <translation>&amp;Valider un fichier…</translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>&amp;Charger un fichier…</translation>
    </message>
    <message>
        <source>Workflow definitions</source>
        <translation>Définitions de flux de travail</translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: the %2 workflow, version %3, with %n step(s).</source>
        <translation>
            <numerusform>%1 est valide&#xa0;: le flux de travail %2, version %3, avec %n étape.</numerusform>
            <numerusform>%1 est valide&#xa0;: le flux de travail %2, version %3, avec %n étapes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded version %1 of the %2 workflow from %3: new requests use it; running ones keep their version.</source>
        <translation>Version %1 du flux de travail %2 chargée depuis %3&#xa0;: les nouvelles demandes l&apos;utilisent&#xa0;; celles en cours conservent leur version.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Demo company</source>
        <translation>Entreprise de démonstration</translation>
    </message>
    <message>
        <source>Deciding requests…</source>
        <translation>Décision des demandes…</translation>
    </message>
    <message>
        <source>Submitting requests…</source>
        <translation>Soumission des demandes…</translation>
    </message>
    <message>
        <source>Payments wait for the payment service…</source>
        <translation>Les paiements attendent le service de paiement…</translation>
    </message>
    <message>
        <source>The demo company was made but could not be moved to %1; check that the folder is writable.</source>
        <translation>L&apos;entreprise de démonstration a été créée mais n&apos;a pas pu être déplacée vers %1&#xa0;; vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The demo&apos;s sagas could not go on: %1</source>
        <translation>Les sagas de la démonstration n&apos;ont pas pu continuer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Making the demo company was cancelled.</source>
        <translation>La création de l&apos;entreprise de démonstration a été annulée.</translation>
    </message>
    <message>
        <source>The demo company could not be made (%1): %2</source>
        <translation>Impossible de créer l&apos;entreprise de démonstration (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>administrator; holds every role, for a tour of every page</source>
        <translation>administrateur&#xa0;; possède tous les rôles, pour visiter toutes les pages</translation>
    </message>
    <message>
        <source>staff: submits requests</source>
        <translation>employé&#xa0;: soumet des demandes</translation>
    </message>
    <message>
        <source>manager, the workflows&apos; default limit (5,000 EUR)</source>
        <translation>responsable, plafond par défaut des flux de travail (5&#xa0;000&#xa0;EUR)</translation>
    </message>
    <message>
        <source>manager, limit 50,000 EUR</source>
        <translation>responsable, plafond de 50&#xa0;000&#xa0;EUR</translation>
    </message>
    <message>
        <source>finance: finalizes and pays</source>
        <translation>finances&#xa0;: finalise et paie</translation>
    </message>
    <message>
        <source>warehouse: packs and ships orders</source>
        <translation>entrepôt&#xa0;: emballe et expédie les commandes</translation>
    </message>
    <message>
        <source>auditor: reads the whole history</source>
        <translation>auditeur&#xa0;: consulte tout l&apos;historique</translation>
    </message>
    <message>
        <source>%1 already exists; the demo company is only made at a path that holds no file.</source>
        <translation>%1 existe déjà&#xa0;; l&apos;entreprise de démonstration n&apos;est créée qu&apos;à un emplacement où aucun fichier n&apos;existe.</translation>
    </message>
</context>
<context>
    <name>eventdesk::AccessControl</name>
    <message>
        <source>Access denied: %1 may not %2 (%3).</source>
        <translation>Accès refusé&#xa0;: %1 ne peut pas %2 (%3).</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>Recording the refusal failed too: %1</source>
        <translation>L&apos;enregistrement du refus a également échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the %1 role is required</source>
        <translation>le rôle %1 est requis</translation>
    </message>
</context>
<context>
    <name>eventdesk::Authenticator</name>
    <message>
        <source>The user name or the password is wrong; check both and try again.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect&#xa0;; vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many failed sign-ins until %2; wait, or ask an administrator to unlock it.</source>
        <translation>Le compte %1 est verrouillé jusqu&apos;à %2 après trop d&apos;échecs de connexion&#xa0;; patientez ou demandez à un administrateur de le déverrouiller.</translation>
    </message>
    <message>
        <source>%1 failed sign-ins in a row</source>
        <translation>%1 échecs de connexion consécutifs</translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask an administrator to enable it.</source>
        <translation>Le compte %1 est désactivé&#xa0;; demandez à un administrateur de l&apos;activer.</translation>
    </message>
</context>
<context>
    <name>eventdesk::Breakers</name>
    <message>
        <source>set the %1 breaker to %2</source>
        <translation>régler le disjoncteur de %1 sur %2</translation>
    </message>
    <message>
        <source>the admin role is required</source>
        <translation>le rôle admin est requis</translation>
    </message>
    <message>
        <source>There is no service named &quot;%1&quot;; the services are %2.</source>
        <translation>Aucun service ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; les services sont %2.</translation>
    </message>
    <message>
        <source>record breaker samples</source>
        <translation>enregistrer les échantillons des disjoncteurs</translation>
    </message>
</context>
<context>
    <name>eventdesk::CircuitBreaker</name>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Half-open</source>
        <translation>Semi-ouvert</translation>
    </message>
    <message>
        <source>Forced open</source>
        <translation>Forcé ouvert</translation>
    </message>
    <message>
        <source>Forced closed</source>
        <translation>Forcé fermé</translation>
    </message>
    <message>
        <source>A count-based window holds 1 to %1 calls, not %2.</source>
        <translation>Une fenêtre par nombre contient de 1 à %1 appels, pas %2.</translation>
    </message>
    <message>
        <source>A time-based window lasts %1 to %2 ms, not %3.</source>
        <translation>Une fenêtre temporelle dure de %1 à %2 ms, pas %3.</translation>
    </message>
    <message>
        <source>The minimum number of calls must be at least 1, not %1.</source>
        <translation>Le nombre minimal d&apos;appels doit être d&apos;au moins 1, pas %1.</translation>
    </message>
    <message>
        <source>The failure-rate threshold is a percentage from 1 to 100, not %1.</source>
        <translation>Le seuil de taux d&apos;échec est un pourcentage de 1 à 100, pas %1.</translation>
    </message>
    <message>
        <source>The slow-call-rate threshold is a percentage from 1 to 100, not %1.</source>
        <translation>Le seuil de taux d&apos;appels lents est un pourcentage de 1 à 100, pas %1.</translation>
    </message>
    <message>
        <source>The slow-call duration must be at least 1 ms, not %1.</source>
        <translation>La durée d&apos;un appel lent doit être d&apos;au moins 1 ms, pas %1.</translation>
    </message>
    <message>
        <source>The wait in open cannot be negative (%1 ms).</source>
        <translation>L&apos;attente à l&apos;état ouvert ne peut pas être négative (%1 ms).</translation>
    </message>
    <message>
        <source>Half-open admits 1 to 1000 probe calls, not %1.</source>
        <translation>L&apos;état semi-ouvert admet de 1 à 1000 appels de test, pas %1.</translation>
    </message>
    <message>
        <source>The longest wait for a probe must be at least 1 ms, not %1.</source>
        <translation>L&apos;attente maximale d&apos;un appel de test doit être d&apos;au moins 1 ms, pas %1.</translation>
    </message>
    <message>
        <source>The window kind is &quot;count&quot; or &quot;time&quot;, not &quot;%1&quot;.</source>
        <translation>Le type de fenêtre est «&#xa0;count&#xa0;» ou «&#xa0;time&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The stored breaker state &quot;%1&quot; is unknown.</source>
        <translation>L&apos;état de disjoncteur enregistré «&#xa0;%1&#xa0;» est inconnu.</translation>
    </message>
</context>
<context>
    <name>eventdesk::Credentials</name>
    <message>
        <source>The store %1 cannot be read.</source>
        <translation>Le magasin %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The users changed while the password was being set; try again.</source>
        <translation>Les utilisateurs ont changé pendant la définition du mot de passe&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>eventdesk::Event</name>
    <message>
        <source>The payload of a %1 event is not a JSON object.</source>
        <translation>La charge utile d&apos;un événement %1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The metadata of a %1 event is not a JSON object.</source>
        <translation>Les métadonnées d&apos;un événement %1 ne sont pas un objet JSON.</translation>
    </message>
    <message>
        <source>any version</source>
        <translation>n&apos;importe quelle version</translation>
    </message>
    <message>
        <source>no stream yet</source>
        <translation>aucun flux pour l&apos;instant</translation>
    </message>
    <message>
        <source>an existing stream</source>
        <translation>un flux existant</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>The stream id is empty.</source>
        <translation>L&apos;ID de flux est vide.</translation>
    </message>
    <message>
        <source>The stream id is longer than 200 characters.</source>
        <translation>L&apos;ID de flux dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>The stream id &quot;%1&quot; contains a forbidden character at position %2: use letters, digits and - _ . : @ (and $ only first).</source>
        <translation>L&apos;ID de flux «&#xa0;%1&#xa0;» contient un caractère interdit à la position %2&#xa0;: utilisez des lettres, des chiffres et - _ .&#xa0;: @ (et $ seulement en premier).</translation>
    </message>
    <message>
        <source>The stream id &quot;%1&quot; has no category.</source>
        <translation>L&apos;ID de flux «&#xa0;%1&#xa0;» n&apos;a pas de catégorie.</translation>
    </message>
    <message>
        <source>The event type is empty.</source>
        <translation>Le type d&apos;événement est vide.</translation>
    </message>
    <message>
        <source>The event type is longer than 100 characters.</source>
        <translation>Le type d&apos;événement dépasse 100 caractères.</translation>
    </message>
    <message>
        <source>The event type &quot;%1&quot; must start with a letter.</source>
        <translation>Le type d&apos;événement «&#xa0;%1&#xa0;» doit commencer par une lettre.</translation>
    </message>
    <message>
        <source>The event type &quot;%1&quot; may contain only letters, digits, _ and .</source>
        <translation>Le type d&apos;événement «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres, _ et .</translation>
    </message>
</context>
<context>
    <name>eventdesk::HealthMetrics</name>
    <message>
        <source>The store %1 cannot be read.</source>
        <translation>Le magasin %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>A health window is at least one second long, not %1 ms.</source>
        <translation>Une fenêtre de santé dure au moins une seconde, pas %1 ms.</translation>
    </message>
    <message>
        <source>A plot step is a whole number of seconds, not %1 ms.</source>
        <translation>Un pas de graphique est un nombre entier de secondes, pas %1 ms.</translation>
    </message>
    <message>
        <source>A plot has at most 100000 steps; take longer steps.</source>
        <translation>Un graphique compte au plus 100000 pas&#xa0;; choisissez des pas plus longs.</translation>
    </message>
</context>
<context>
    <name>eventdesk::Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount; write digits with &quot;.&quot; before the decimals, like 1200.50 (no sign, exponent, spaces or thousands separator).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant&#xa0;; écrivez des chiffres avec «&#xa0;.&#xa0;» avant les décimales, comme 1200.50 (sans signe, exposant, espaces ni séparateur de milliers).</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not known; use one of %2.</source>
        <translation>La devise «&#xa0;%1&#xa0;» est inconnue&#xa0;; utilisez l&apos;une de %2.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals; &quot;%2&quot; has some.</source>
        <translation>Les montants en %1 n&apos;ont pas de décimales&#xa0;; «&#xa0;%2&#xa0;» en a.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals; &quot;%3&quot; has %4.</source>
        <translation>Les montants en %1 ont au plus %2 décimales&#xa0;; «&#xa0;%3&#xa0;» en a %4.</translation>
    </message>
    <message>
        <source>The amount %1 is more than the maximum, %2 %3.</source>
        <translation>Le montant %1 dépasse le maximum, %2 %3.</translation>
    </message>
    <message>
        <source>The amount must be greater than 0; &quot;%1&quot; is not.</source>
        <translation>Le montant doit être supérieur à 0&#xa0;; «&#xa0;%1&#xa0;» ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>The amount %1 %2 is out of range (0 to %3).</source>
        <translation>Le montant %1 %2 est hors limites (0 à %3).</translation>
    </message>
</context>
<context>
    <name>eventdesk::Password</name>
    <message>
        <source>The password is longer than %1 bytes; choose a shorter one.</source>
        <translation>Le mot de passe dépasse %1 octets&#xa0;; choisissez-en un plus court.</translation>
    </message>
    <message>
        <source>The password is too short: it needs at least %1 characters.</source>
        <translation>Le mot de passe est trop court&#xa0;: il lui faut au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The password library (libsodium) could not be initialised.</source>
        <translation>La bibliothèque de mots de passe (libsodium) n&apos;a pas pu être initialisée.</translation>
    </message>
    <message>
        <source>Hashing the password ran out of memory; close other programs and try again.</source>
        <translation>Mémoire insuffisante pour le hachage du mot de passe&#xa0;; fermez d&apos;autres programmes et réessayez.</translation>
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
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
</context>
<context>
    <name>eventdesk::Roles</name>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; the roles are %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un rôle&#xa0;; les rôles sont %2.</translation>
    </message>
    <message>
        <source>No role given; name one or more of %1, separated by commas.</source>
        <translation>Aucun rôle indiqué&#xa0;; nommez-en un ou plusieurs parmi %1, séparés par des virgules.</translation>
    </message>
</context>
<context>
    <name>eventdesk::StateLoader</name>
    <message>
        <source>Stream %1 has no version %2.</source>
        <translation>Le flux %1 n&apos;a pas de version %2.</translation>
    </message>
    <message>
        <source>Stream %1 had no events at or before position %2.</source>
        <translation>Le flux %1 n&apos;avait aucun événement à la position %2 ou avant.</translation>
    </message>
</context>
<context>
    <name>eventdesk::Store</name>
    <message>
        <source>%1 already exists; restore to a path that holds no file, so no store is overwritten.</source>
        <translation>%1 existe déjà&#xa0;; restaurez vers un emplacement où aucun fichier n&apos;existe, afin de n&apos;écraser aucun magasin.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first.</source>
        <translation>Le dossier %1 n&apos;existe pas&#xa0;; créez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1; check the free space and that the folder is writable.</source>
        <translation>La sauvegarde n&apos;a pas pu être copiée vers %1&#xa0;; vérifiez l&apos;espace libre et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The backup %1 does not verify (%2); nothing was restored. Try an older backup.</source>
        <translation>La sauvegarde %1 ne passe pas la vérification (%2)&#xa0;; rien n&apos;a été restauré. Essayez une sauvegarde plus ancienne.</translation>
    </message>
    <message>
        <source>The restored store could not be moved into place at %1; check that the folder is writable.</source>
        <translation>Le magasin restauré n&apos;a pas pu être mis en place à %1&#xa0;; vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>An append to %1 holds no events.</source>
        <translation>Un ajout à %1 ne contient aucun événement.</translation>
    </message>
    <message>
        <source>The schema version of a %1 event must be 1 or more.</source>
        <translation>La version du schéma d&apos;un événement %1 doit être 1 ou plus.</translation>
    </message>
    <message>
        <source>A %1 event has no event id.</source>
        <translation>Un événement %1 n&apos;a pas d&apos;ID d&apos;événement.</translation>
    </message>
    <message>
        <source>The event id %1 appears twice in one append.</source>
        <translation>L&apos;ID d&apos;événement %1 apparaît deux fois dans un même ajout.</translation>
    </message>
    <message>
        <source>A %1 event is %2 bytes; the limit is %3 bytes.</source>
        <translation>Un événement %1 fait %2 octets&#xa0;; la limite est de %3 octets.</translation>
    </message>
    <message>
        <source>The payload of a %1 event is not a JSON object.</source>
        <translation>La charge utile d&apos;un événement %1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The metadata of a %1 event is not a JSON object.</source>
        <translation>Les métadonnées d&apos;un événement %1 ne sont pas un objet JSON.</translation>
    </message>
    <message>
        <source>An outbox message has no destination.</source>
        <translation>Un message de la boîte d&apos;envoi n&apos;a pas de destination.</translation>
    </message>
    <message>
        <source>An outbox message has no message id.</source>
        <translation>Un message de la boîte d&apos;envoi n&apos;a pas d&apos;ID de message.</translation>
    </message>
    <message>
        <source>The payload of a message to %1 is not a JSON object.</source>
        <translation>La charge utile d&apos;un message à %1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The store %1 has been closed.</source>
        <translation>Le magasin %1 a été fermé.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lire</translation>
    </message>
    <message>
        <source>The store is closing.</source>
        <translation>Le magasin est en cours de fermeture.</translation>
    </message>
    <message>
        <source>prepare the writer</source>
        <translation>préparer l&apos;écriture</translation>
    </message>
    <message>
        <source>begin a write</source>
        <translation>commencer une écriture</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>valider</translation>
    </message>
    <message>
        <source>does not exist yet</source>
        <translation>n&apos;existe pas encore</translation>
    </message>
    <message>
        <source>is at version %1</source>
        <translation>est à la version %1</translation>
    </message>
    <message>
        <source>Stream %1 %2, but the append expected %3; nothing was written. Reload and try again.</source>
        <translation>Le flux %1 %2, mais l&apos;ajout attendait %3&#xa0;; rien n&apos;a été écrit. Rechargez et réessayez.</translation>
    </message>
    <message>
        <source>The event id %1 is already stored in another stream; nothing was written.</source>
        <translation>L&apos;ID d&apos;événement %1 est déjà enregistré dans un autre flux&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>append</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <source>The message id %1 is already in the outbox; nothing was written.</source>
        <translation>L&apos;ID de message %1 est déjà dans la boîte d&apos;envoi&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>append to the outbox</source>
        <translation>ajouter à la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>read a stream version</source>
        <translation>lire une version de flux</translation>
    </message>
    <message>
        <source>look up an event id</source>
        <translation>rechercher un ID d&apos;événement</translation>
    </message>
    <message>
        <source>Some event ids of this append to %1 are already stored and some are not, or they belong to another stream; nothing was written.</source>
        <translation>Certains ID d&apos;événement de cet ajout à %1 sont déjà enregistrés et d&apos;autres non, ou ils appartiennent à un autre flux&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>begin an append</source>
        <translation>commencer un ajout</translation>
    </message>
    <message>
        <source>read the head of the chain</source>
        <translation>lire la tête de la chaîne</translation>
    </message>
    <message>
        <source>%1 is damaged: its event tables are missing. Restore it from a backup with &quot;eventdesk-cli restore&quot;.</source>
        <translation>%1 est endommagé&#xa0;: ses tables d&apos;événements sont manquantes. Restaurez-le à partir d&apos;une sauvegarde avec «&#xa0;eventdesk-cli restore&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 est endommagé.</translation>
    </message>
    <message>
        <source>%1 was written by a newer EventDesk (store schema %2; this version understands up to %3). Install a newer EventDesk to open it; the file was not changed.</source>
        <translation>%1 a été écrit par une version plus récente d&apos;EventDesk (schéma de magasin %2&#xa0;; cette version comprend jusqu&apos;à %3). Installez une version plus récente d&apos;EventDesk pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 uses an older store schema (%2) and must be upgraded once; open it writable.</source>
        <translation>%1 utilise un ancien schéma de magasin (%2) et doit être mis à niveau une fois&#xa0;; ouvrez-le en écriture.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: its backup copy did not verify (%2). The store was not changed; run &quot;eventdesk-cli verify&quot; on it.</source>
        <translation>%1 n&apos;a pas pu être mis à niveau&#xa0;: sa copie de sauvegarde n&apos;a pas passé la vérification (%2). Le magasin n&apos;a pas été modifié&#xa0;; exécutez «&#xa0;eventdesk-cli verify&#xa0;» dessus.</translation>
    </message>
    <message>
        <source>The backup before upgrading %1 could not be written; check that its folder is writable.</source>
        <translation>La sauvegarde précédant la mise à niveau de %1 n&apos;a pas pu être écrite&#xa0;; vérifiez que son dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The store %1 is open read-only; nothing was written.</source>
        <translation>Le magasin %1 est ouvert en lecture seule&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a path that holds no file.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un emplacement où aucun fichier n&apos;existe.</translation>
    </message>
    <message>
        <source>The backup copy did not verify (%1), so it was not kept. Run &quot;eventdesk-cli verify&quot; on the store.</source>
        <translation>La copie de sauvegarde n&apos;a pas passé la vérification (%1)&#xa0;; elle n&apos;a donc pas été conservée. Exécutez «&#xa0;eventdesk-cli verify&#xa0;» sur le magasin.</translation>
    </message>
    <message>
        <source>The backup could not be moved into place at %1; check that the folder is writable.</source>
        <translation>La sauvegarde n&apos;a pas pu être mise en place à %1&#xa0;; vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is missing; install the Qt 6 SQLite plugin (Debian: libqt6sql6-sqlite) and try again.</source>
        <translation>Le pilote SQLite de Qt est manquant&#xa0;; installez le plugin SQLite de Qt 6 (Debian&#xa0;: libqt6sql6-sqlite) et réessayez.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvrir</translation>
    </message>
    <message>
        <source>The store %1 is locked by another program; close that program or try again later.</source>
        <translation>Le magasin %1 est verrouillé par un autre programme&#xa0;; fermez ce programme ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>The store %1 is read-only; nothing was written. Open a writable copy, or check the file&apos;s permissions.</source>
        <translation>Le magasin %1 est en lecture seule&#xa0;; rien n&apos;a été écrit. Ouvrez une copie accessible en écriture ou vérifiez les permissions du fichier.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was written. Free some space and try again.</source>
        <translation>Le disque contenant %1 est plein&#xa0;; rien n&apos;a été écrit. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>Writing to %1 failed (%2); nothing was written. Check the disk and try again.</source>
        <translation>L&apos;écriture dans %1 a échoué (%2)&#xa0;; rien n&apos;a été écrit. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>The store %1 is damaged (%2). Restore it from a backup (eventdesk-cli restore), or open a copy read-only to recover what it holds.</source>
        <translation>Le magasin %1 est endommagé (%2). Restaurez-le à partir d&apos;une sauvegarde (eventdesk-cli restore) ou ouvrez une copie en lecture seule pour récupérer son contenu.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened (%2); check that the folder exists and is accessible.</source>
        <translation>Le magasin %1 ne peut pas être ouvert (%2)&#xa0;; vérifiez que le dossier existe et est accessible.</translation>
    </message>
    <message>
        <source>The store %1 failed to %2: %3</source>
        <translation>Le magasin %1 n&apos;a pas pu %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>There is no EventDesk store at %1; check the path, or create one with &quot;eventdesk-cli init --store %1&quot;.</source>
        <translation>Il n&apos;y a pas de magasin EventDesk à %1&#xa0;; vérifiez le chemin ou créez-en un avec «&#xa0;eventdesk-cli init --store %1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is a folder, not an EventDesk store; give the path of the store file.</source>
        <translation>%1 est un dossier, pas un magasin EventDesk&#xa0;; indiquez le chemin du fichier du magasin.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an EventDesk store; check the path, or create a store with &quot;eventdesk-cli init&quot; at a path that holds no file.</source>
        <translation>%1 est un fichier vide, pas un magasin EventDesk&#xa0;; vérifiez le chemin ou créez un magasin avec «&#xa0;eventdesk-cli init&#xa0;» à un emplacement où aucun fichier n&apos;existe.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); check the file&apos;s permissions.</source>
        <translation>%1 ne peut pas être lu (%2)&#xa0;; vérifiez les permissions du fichier.</translation>
    </message>
    <message>
        <source>%1 is not an EventDesk store (it is not an SQLite database); check the path.</source>
        <translation>%1 n&apos;est pas un magasin EventDesk (ce n&apos;est pas une base de données SQLite)&#xa0;; vérifiez le chemin.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an EventDesk store; check the path.</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme, pas un magasin EventDesk&#xa0;; vérifiez le chemin.</translation>
    </message>
    <message>
        <source>%1 is damaged (its header is invalid). Restore it from a backup with &quot;eventdesk-cli restore&quot;.</source>
        <translation>%1 est endommagé (son en-tête n&apos;est pas valide). Restaurez-le à partir d&apos;une sauvegarde avec «&#xa0;eventdesk-cli restore&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its header says (truncated). Restore it from a backup with &quot;eventdesk-cli restore&quot;.</source>
        <translation>%1 est endommagé&#xa0;: il est plus court que ne l&apos;indique son en-tête (tronqué). Restaurez-le à partir d&apos;une sauvegarde avec «&#xa0;eventdesk-cli restore&#xa0;».</translation>
    </message>
    <message>
        <source>begin a migration</source>
        <translation>commencer une migration</translation>
    </message>
    <message>
        <source>The migration to store schema %1 is missing from this build.</source>
        <translation>La migration vers le schéma de magasin %1 est absente de cette version.</translation>
    </message>
    <message>
        <source>commit a migration</source>
        <translation>valider une migration</translation>
    </message>
    <message>
        <source>%1 already exists; a new store is only made at a path that holds no file.</source>
        <translation>%1 existe déjà&#xa0;; un nouveau magasin n&apos;est créé qu&apos;à un emplacement où aucun fichier n&apos;existe.</translation>
    </message>
    <message>
        <source>The new store could not be moved into place at %1; check that the folder is writable.</source>
        <translation>Le nouveau magasin n&apos;a pas pu être mis en place à %1&#xa0;; vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>read the events</source>
        <translation>lire les événements</translation>
    </message>
    <message>
        <source>event %1 is missing from the chain</source>
        <translation>l&apos;événement %1 est absent de la chaîne</translation>
    </message>
    <message>
        <source>the hash of event %1 does not match its contents or its predecessor: the event was changed after it was written</source>
        <translation>le hachage de l&apos;événement %1 ne correspond pas à son contenu ou à son prédécesseur&#xa0;: l&apos;événement a été modifié après son écriture</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>event %1 cannot be read: %2</source>
        <translation>l&apos;événement %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check failed: %1</source>
        <translation>La vérification d&apos;intégrité de SQLite a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was restored.</source>
        <translation>La restauration a été annulée&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
</context>
<context>
    <name>eventdesk::UserAdministration</name>
    <message>
        <source>the admin role is required</source>
        <translation>le rôle admin est requis</translation>
    </message>
    <message>
        <source>Only managers have an approval limit; add the manager role or leave the limit out.</source>
        <translation>Seuls les responsables ont un plafond d&apos;approbation&#xa0;; ajoutez le rôle de responsable ou omettez le plafond.</translation>
    </message>
    <message>
        <source>An approval limit is in the store&apos;s base currency, %1, not %2.</source>
        <translation>Un plafond d&apos;approbation est exprimé dans la devise de base du magasin, %1, pas en %2.</translation>
    </message>
    <message>
        <source>The store already has users; an administrator adds more with &quot;eventdesk-cli users add&quot;.</source>
        <translation>Le magasin a déjà des utilisateurs&#xa0;; un administrateur en ajoute d&apos;autres avec «&#xa0;eventdesk-cli users add&#xa0;».</translation>
    </message>
    <message>
        <source>A user named %1 already exists; choose another name.</source>
        <translation>Un utilisateur nommé %1 existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>Un utilisateur doit avoir au moins un rôle.</translation>
    </message>
    <message>
        <source>The users kept changing while %1 was being added; try again.</source>
        <translation>Les utilisateurs n&apos;ont cessé de changer pendant l&apos;ajout de %1&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>There is no user named %1; &quot;eventdesk-cli users list&quot; shows who there is.</source>
        <translation>Aucun utilisateur ne s&apos;appelle %1&#xa0;; «&#xa0;eventdesk-cli users list&#xa0;» indique les utilisateurs existants.</translation>
    </message>
    <message>
        <source>The users kept changing while %1 was being changed; try again.</source>
        <translation>Les utilisateurs n&apos;ont cessé de changer pendant la modification de %1&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator and must keep the admin role; give another user the admin role first.</source>
        <translation>%1 est le dernier administrateur activé et doit conserver le rôle admin&#xa0;; attribuez d&apos;abord le rôle admin à un autre utilisateur.</translation>
    </message>
    <message>
        <source>%1 already has exactly these roles; nothing was changed.</source>
        <translation>%1 a déjà exactement ces rôles&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>only the user themself or an administrator may</source>
        <translation>seul l&apos;utilisateur lui-même ou un administrateur le peut</translation>
    </message>
    <message>
        <source>The users kept changing while the password of %1 was being set; try again.</source>
        <translation>Les utilisateurs n&apos;ont cessé de changer pendant la définition du mot de passe de %1&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>%1 is already disabled; nothing was changed.</source>
        <translation>%1 est déjà désactivé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator and cannot be disabled; make another user an administrator first.</source>
        <translation>%1 est le dernier administrateur activé et ne peut pas être désactivé&#xa0;; faites d&apos;abord d&apos;un autre utilisateur un administrateur.</translation>
    </message>
    <message>
        <source>%1 is already enabled; nothing was changed.</source>
        <translation>%1 est déjà activé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is not locked; nothing was changed.</source>
        <translation>%1 n&apos;est pas verrouillé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>eventdesk::Users</name>
    <message>
        <source>The store %1 cannot be read.</source>
        <translation>Le magasin %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>Le nom d&apos;utilisateur est vide.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Le nom d&apos;utilisateur «&#xa0;%1&#xa0;» dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; must start with a letter or a digit.</source>
        <translation>Le nom d&apos;utilisateur «&#xa0;%1&#xa0;» doit commencer par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; may only hold letters, digits and . _ - @.</source>
        <translation>Le nom d&apos;utilisateur «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres et . _ - @.</translation>
    </message>
</context>
<context>
    <name>eventdesk::bench</name>
    <message>
        <source>open</source>
        <translation>ouvrir</translation>
    </message>
    <message>
        <source>The benchmark&apos;s SQLite call failed (%1): %2</source>
        <translation>L&apos;appel SQLite du banc d&apos;essai a échoué (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>read the store</source>
        <translation>lire le magasin</translation>
    </message>
    <message>
        <source>insert a baseline row</source>
        <translation>insérer une ligne de référence</translation>
    </message>
    <message>
        <source>  raw SQLite baseline: %1 of %2 rows</source>
        <translation>  référence SQLite brute&#xa0;: %1 lignes sur %2</translation>
    </message>
    <message>
        <source>read the baseline</source>
        <translation>lire la référence</translation>
    </message>
    <message>
        <source>The baseline read returned nothing.</source>
        <translation>La lecture de référence n&apos;a rien renvoyé.</translation>
    </message>
    <message>
        <source>%1 (peak memory so far: %2 MiB)</source>
        <translation>%1 (pic de mémoire jusqu&apos;ici&#xa0;: %2 Mio)</translation>
    </message>
    <message>
        <source>--events must be between %1 and %2; %3 was given.</source>
        <translation>--events doit être compris entre %1 et %2&#xa0;; %3 a été indiqué.</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the benchmark (%1); give --store NEW_PATH.</source>
        <translation>Impossible de créer un dossier temporaire pour le banc d&apos;essai (%1)&#xa0;; indiquez --store NEW_PATH.</translation>
    </message>
    <message>
        <source>%1 already exists; the benchmark makes a new store, so give a path that holds no file.</source>
        <translation>%1 existe déjà&#xa0;; le banc d&apos;essai crée un nouveau magasin, indiquez donc un emplacement où aucun fichier n&apos;existe.</translation>
    </message>
    <message>
        <source>Appending %1 events, %2 a transaction…</source>
        <translation>Ajout de %1 événements, %2 par transaction…</translation>
    </message>
    <message>
        <source>  %1 of %2</source>
        <translation>  %1 sur %2</translation>
    </message>
    <message>
        <source>Appending %1 events one a transaction…</source>
        <translation>Ajout de %1 événements, un par transaction…</translation>
    </message>
    <message>
        <source>Appending %1 events from %2 concurrent submitters…</source>
        <translation>Ajout de %1 événements par %2 émetteurs concurrents…</translation>
    </message>
    <message>
        <source>The benchmark store holds %1 events, not %2.</source>
        <translation>Le magasin du banc d&apos;essai contient %1 événements, pas %2.</translation>
    </message>
    <message>
        <source>Saving snapshots every %1 events of each stream…</source>
        <translation>Enregistrement d&apos;instantanés tous les %1 événements de chaque flux…</translation>
    </message>
    <message>
        <source>Reading all %1 events…</source>
        <translation>Lecture des %1 événements…</translation>
    </message>
    <message>
        <source>Reading the benchmark store gave %1 events, not %2.</source>
        <translation>La lecture du magasin du banc d&apos;essai a donné %1 événements, pas %2.</translation>
    </message>
    <message>
        <source>Reading %1 timeline pages…</source>
        <translation>Lecture de %1 pages de chronologie…</translation>
    </message>
    <message>
        <source>A timeline page held %1 events.</source>
        <translation>Une page de chronologie contenait %1 événements.</translation>
    </message>
    <message>
        <source>Loading %1 states at random positions…</source>
        <translation>Chargement de %1 états à des positions aléatoires…</translation>
    </message>
    <message>
        <source>No event at position %1.</source>
        <translation>Aucun événement à la position %1.</translation>
    </message>
    <message>
        <source>The state of %1 stood at position %2, not %3.</source>
        <translation>L&apos;état de %1 était à la position %2, pas %3.</translation>
    </message>
    <message>
        <source>Calling %1 times through a closed circuit breaker…</source>
        <translation>%1 appels à travers un disjoncteur fermé…</translation>
    </message>
    <message>
        <source>Inserting the same %1 rows through the SQLite C API…</source>
        <translation>Insertion des mêmes %1 lignes via l&apos;API C de SQLite…</translation>
    </message>
    <message>
        <source>Delivering %1 outbox messages to the simulated services…</source>
        <translation>Livraison de %1 messages de la boîte d&apos;envoi aux services simulés…</translation>
    </message>
    <message>
        <source>Making the demo company…</source>
        <translation>Création de l’entreprise de démonstration…</translation>
    </message>
</context>
<context>
    <name>eventdesk::commands</name>
    <message>
        <source>there is no user of that name</source>
        <translation>aucun utilisateur ne porte ce nom</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>le compte est désactivé</translation>
    </message>
    <message>
        <source>There is no workflow &quot;%1&quot;; use one of %2.</source>
        <translation>Il n&apos;y a pas de flux de travail «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;un de %2.</translation>
    </message>
    <message>
        <source>submit a %1 request</source>
        <translation>soumettre une demande %1</translation>
    </message>
    <message>
        <source>The stream %1 is not a %2 request&apos;s stream.</source>
        <translation>Le flux %1 n&apos;est pas le flux d&apos;une demande %2.</translation>
    </message>
    <message>
        <source>%1 the request %2</source>
        <translation>%1 la demande %2</translation>
    </message>
    <message>
        <source>There is no request %1; &quot;eventdesk-cli events&quot; lists the streams.</source>
        <translation>Il n&apos;y a pas de demande %1&#xa0;; «&#xa0;eventdesk-cli events&#xa0;» liste les flux.</translation>
    </message>
    <message>
        <source>The request %1 runs on version %2 of the %3 workflow, which this store does not hold.</source>
        <translation>La demande %1 s&apos;exécute sur la version %2 du flux de travail %3, que ce magasin ne contient pas.</translation>
    </message>
    <message>
        <source>The request %1 kept changing while %2 acted on it; try again.</source>
        <translation>La demande %1 n&apos;a cessé de changer pendant que %2 agissait dessus&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>%1 is not a request stream; a request&apos;s stream is its workflow and an id, e.g. purchase-7f3a2c1e-….</source>
        <translation>%1 n&apos;est pas un flux de demande&#xa0;; le flux d&apos;une demande est son flux de travail suivi d&apos;un ID, p. ex. purchase-7f3a2c1e-….</translation>
    </message>
</context>
<context>
    <name>eventdesk::domain</name>
    <message>
        <source>Nobody approves their own request: %1 submitted this one.</source>
        <translation>Personne n&apos;approuve sa propre demande&#xa0;: %1 a soumis celle-ci.</translation>
    </message>
    <message>
        <source>%1 already approved this request (at the step %2); an approval chain needs a different person at each approval.</source>
        <translation>%1 a déjà approuvé cette demande (à l&apos;étape %2)&#xa0;; une chaîne d&apos;approbation exige une personne différente à chaque approbation.</translation>
    </message>
    <message>
        <source>Nobody decides on their own request: %1 submitted this one; someone else must approve or reject it.</source>
        <translation>Personne ne décide de sa propre demande&#xa0;: %1 a soumis celle-ci&#xa0;; quelqu&apos;un d&apos;autre doit l&apos;approuver ou la refuser.</translation>
    </message>
    <message>
        <source>The %1 workflow cannot %2.</source>
        <translation>Le flux de travail %1 ne peut pas %2.</translation>
    </message>
    <message>
        <source>The step %1 has not started: this request is %2.</source>
        <translation>L&apos;étape %1 n&apos;a pas commencé&#xa0;: cette demande est à l&apos;état %2.</translation>
    </message>
    <message>
        <source>The step %1 is not under way: this request is %2.</source>
        <translation>L&apos;étape %1 n&apos;est pas en cours&#xa0;: cette demande est à l&apos;état %2.</translation>
    </message>
    <message>
        <source>The %1 workflow cannot undo its step %2.</source>
        <translation>Le flux de travail %1 ne peut pas annuler son étape %2.</translation>
    </message>
    <message>
        <source>The %1 service did nothing for this request yet, so there is nothing to undo.</source>
        <translation>Le service %1 n&apos;a encore rien fait pour cette demande&#xa0;: il n&apos;y a donc rien à annuler.</translation>
    </message>
    <message>
        <source>This request is Completed; the effect of its step %1 stands.</source>
        <translation>Cette demande est terminée&#xa0;; l&apos;effet de son étape %1 est maintenu.</translation>
    </message>
    <message>
        <source>Unknown step outcome.</source>
        <translation>Résultat d&apos;étape inconnu.</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>A request takes at most %1 fields; this one has %2.</source>
        <translation>Une demande compte au plus %1 champs&#xa0;; celle-ci en a %2.</translation>
    </message>
    <message>
        <source>The field name &quot;%1&quot; is not valid: use letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;, starting with a letter, at most 64 characters.</source>
        <translation>Le nom de champ «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: utilisez des lettres, des chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;» ou «&#xa0;-&#xa0;», en commençant par une lettre, 64 caractères au maximum.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be text, a number or true/false.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être du texte, un nombre ou true/false.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est trop long&#xa0;: %2 caractères au maximum.</translation>
    </message>
    <message>
        <source>The %1 decider was given the definition of the %2 workflow.</source>
        <translation>Le décideur %1 a reçu la définition du flux de travail %2.</translation>
    </message>
    <message>
        <source>This request was already submitted; submit a new one instead.</source>
        <translation>Cette demande a déjà été soumise&#xa0;; soumettez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Only %1 may submit a %2 request; %3 has %4.</source>
        <translation>Seul %1 peut soumettre une demande %2&#xa0;; rôles de %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>A title is needed: 1 to %1 characters.</source>
        <translation>Un titre est nécessaire&#xa0;: de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>The title has %1 characters; at most %2 are allowed.</source>
        <translation>Le titre compte %1 caractères&#xa0;; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The title must be one line of text, without control characters.</source>
        <translation>Le titre doit tenir sur une ligne de texte, sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>An amount is needed.</source>
        <translation>Un montant est nécessaire.</translation>
    </message>
    <message>
        <source>The amount must be greater than 0; %1 is not.</source>
        <translation>Le montant doit être supérieur à 0&#xa0;; %1 ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>The amount %1 is more than the maximum, %2.</source>
        <translation>Le montant %1 dépasse le maximum, %2.</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation>Cette demande n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This request is already %1; nothing more can be done with it.</source>
        <translation>Cette demande est déjà à l&apos;état %1&#xa0;; plus rien ne peut être fait.</translation>
    </message>
    <message>
        <source>This request is waiting for the %1 service (step %2); no one acts on it now.</source>
        <translation>Cette demande attend le service %1 (étape %2)&#xa0;; personne n&apos;agit dessus pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No one acts on this request now; it is %1.</source>
        <translation>Personne n&apos;agit sur cette demande pour l&apos;instant&#xa0;; elle est à l&apos;état %1.</translation>
    </message>
    <message>
        <source>This request was already approved by %1: the step %2 is already done (by %1); it is now %3.</source>
        <translation>Cette demande a déjà été approuvée par %1&#xa0;: l&apos;étape %2 est déjà effectuée (par %1)&#xa0;; elle est maintenant à l&apos;état %3.</translation>
    </message>
    <message>
        <source>The step %1 is already done (by %2); this request is now %3.</source>
        <translation>L&apos;étape %1 est déjà effectuée (par %2)&#xa0;; cette demande est maintenant à l&apos;état %3.</translation>
    </message>
    <message>
        <source>The step %1 is already done; this request is now %2.</source>
        <translation>L&apos;étape %1 est déjà effectuée&#xa0;; cette demande est maintenant à l&apos;état %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not offered at this step: this request is %2 (step %3), which offers %4.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas proposé à cette étape&#xa0;: cette demande est à l&apos;état %2 (étape %3), qui propose %4.</translation>
    </message>
    <message>
        <source>Only %1 may %2 at the step %3; %4 has %5.</source>
        <translation>Seul %1 peut %2 à l&apos;étape %3&#xa0;; rôles de %4&#xa0;: %5.</translation>
    </message>
    <message>
        <source>To %1 this request, give a reason.</source>
        <translation>Pour %1 cette demande, indiquez un motif.</translation>
    </message>
    <message>
        <source>The %1 workflow has no automated step &quot;%2&quot;.</source>
        <translation>Le flux de travail %1 n&apos;a pas d&apos;étape automatisée «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The step %1 has no compensation, so no compensation outcome can be recorded.</source>
        <translation>L&apos;étape %1 n&apos;a pas de compensation&#xa0;: aucun résultat de compensation ne peut être enregistré.</translation>
    </message>
    <message>
        <source>A failure is recorded with its cause.</source>
        <translation>Un échec est enregistré avec sa cause.</translation>
    </message>
    <message>
        <source>The order has already shipped; it can no longer be cancelled.</source>
        <translation>La commande a déjà été expédiée&#xa0;; elle ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>The stock for this order is not reserved yet; pack it once the inventory service has reserved it.</source>
        <translation>Le stock de cette commande n&apos;est pas encore réservé&#xa0;; emballez-la une fois que le service d&apos;inventaire l&apos;a réservé.</translation>
    </message>
    <message>
        <source>The order workflow cannot %1.</source>
        <translation>Le flux de travail de commande ne peut pas %1.</translation>
    </message>
    <message>
        <source>The stock for this order is already reserved.</source>
        <translation>Le stock de cette commande est déjà réservé.</translation>
    </message>
    <message>
        <source>No stock is reserved for this order; there is nothing to release.</source>
        <translation>Aucun stock n&apos;est réservé pour cette commande&#xa0;; il n&apos;y a rien à libérer.</translation>
    </message>
    <message>
        <source>The order is still %1; its stock stays reserved.</source>
        <translation>La commande est encore à l&apos;état %1&#xa0;; son stock reste réservé.</translation>
    </message>
    <message>
        <source>No release of stock is under way for this order.</source>
        <translation>Aucune libération de stock n&apos;est en cours pour cette commande.</translation>
    </message>
    <message>
        <source>This transfer has no handler &quot;%1&quot;; it started with the handlers of its definition version %2.</source>
        <translation>Ce virement n&apos;a pas de gestionnaire «&#xa0;%1&#xa0;»&#xa0;; il a démarré avec les gestionnaires de la version %2 de sa définition.</translation>
    </message>
    <message>
        <source>The handler %1 already succeeded for this transfer.</source>
        <translation>Le gestionnaire %1 a déjà réussi pour ce virement.</translation>
    </message>
    <message>
        <source>The handlers of a transfer have no compensation.</source>
        <translation>Les gestionnaires d&apos;un virement n&apos;ont pas de compensation.</translation>
    </message>
    <message>
        <source>A transfer is carried out by its handlers; no one acts on it.</source>
        <translation>Un virement est exécuté par ses gestionnaires&#xa0;; personne n&apos;agit dessus.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::AdministrationPage</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ApprovalsPage</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Cancel &amp;order…</source>
        <translation>Annuler la &amp;commande…</translation>
    </message>
    <message>
        <source>Mark &amp;packed</source>
        <translation>Marquer comme &amp;emballée</translation>
    </message>
    <message>
        <source>Mark &amp;shipped</source>
        <translation>Marquer comme e&amp;xpédiée</translation>
    </message>
    <message>
        <source>Mark &amp;delivered</source>
        <translation>Marquer comme &amp;livrée</translation>
    </message>
    <message>
        <source>a moment ago</source>
        <translation>il y a un instant</translation>
    </message>
    <message>
        <source>%1 approved this %2.</source>
        <translation>%1 a approuvé cette demande %2.</translation>
    </message>
    <message>
        <source>%1 rejected this %2.</source>
        <translation>%1 a refusé cette demande %2.</translation>
    </message>
    <message>
        <source>%1 cancelled this %2.</source>
        <translation>%1 a annulé cette demande %2.</translation>
    </message>
    <message>
        <source>%1 acted on this first (%2) %3.</source>
        <translation>%1 a agi en premier (%2) %3.</translation>
    </message>
    <message>
        <source>Select a request to decide on it.</source>
        <translation>Sélectionnez une demande pour statuer dessus.</translation>
    </message>
    <message>
        <source>What waits for you could not be read: %1</source>
        <translation>Impossible de lire ce qui vous attend&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for you (%1)</source>
        <translation>En attente de vous (%1)</translation>
    </message>
    <message>
        <source>Nothing waits for you. New requests that need your approval (or a task of yours) appear here.</source>
        <translation>Rien ne vous attend. Les nouvelles demandes qui nécessitent votre approbation (ou une tâche de votre part) apparaissent ici.</translation>
    </message>
    <message>
        <source>Nothing here matches &quot;%1&quot;. Clear the filter to see all that waits for you.</source>
        <translation>Rien ici ne correspond à «&#xa0;%1&#xa0;». Effacez le filtre pour voir tout ce qui vous attend.</translation>
    </message>
    <message>
        <source>This request could not be read: %1</source>
        <translation>Impossible de lire cette demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Needs a reason (Ctrl+R)</source>
        <translation>Motif requis (Ctrl+R)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+Enter)</source>
        <translation>%1 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Your approval limit does not cover %1: your approval is recorded, and a manager with a higher limit must also approve.</source>
        <translation>Votre plafond d&apos;approbation ne couvre pas %1&#xa0;: votre approbation est enregistrée, et un responsable ayant un plafond plus élevé doit aussi approuver.</translation>
    </message>
    <message>
        <source>This request no longer waits for you.</source>
        <translation>Cette demande ne vous attend plus.</translation>
    </message>
    <message>
        <source>Give a reason, then press Ctrl+R again.</source>
        <translation>Indiquez un motif, puis appuyez de nouveau sur Ctrl+R.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Someone else acted on this first.</source>
        <translation>Quelqu&apos;un d&apos;autre a agi en premier.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Non autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your approval is recorded; a manager with a higher limit must also approve.</source>
        <translation>Votre approbation est enregistrée&#xa0;; un responsable ayant un plafond plus élevé doit aussi approuver.</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::AuditLogModel</name>
    <message>
        <source>%1 — reason: %2</source>
        <translation>%1 — motif&#xa0;: %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Comment / reason</source>
        <translation>Commentaire / motif</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::AuditPage</name>
    <message>
        <source>Requests submitted per day</source>
        <translation>Demandes soumises par jour</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Impossible de lire le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ entries (scroll for more)</source>
        <translation>
            <numerusform>%n+ entrée (faites défiler pour en voir plus)</numerusform>
            <numerusform>%n+ entrées (faites défiler pour en voir plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Lecture du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>No entry matches these filters. Clear a filter or the &quot;as of&quot; position to see more.</source>
        <translation>Aucune entrée ne correspond à ces filtres. Effacez un filtre ou la valeur «&#xa0;À la position&#xa0;» pour en voir plus.</translation>
    </message>
    <message>
        <source>The audit log lists every decision, change and sign-in with who made it and why. It fills as people submit and decide requests.</source>
        <translation>Le journal d&apos;audit liste chaque décision, modification et connexion, avec son auteur et son motif. Il se remplit à mesure que les utilisateurs soumettent des demandes et statuent dessus.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 événements sur %2</translation>
    </message>
    <message>
        <source>Verification cancelled; nothing was changed.</source>
        <translation>Vérification annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Verification could not run: %1</source>
        <translation>La vérification n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ OK: %n event(s); the hash chain and the integrity check pass.
Head hash %1</source>
        <translation>
            <numerusform>✔ OK&#xa0;: %n événement&#xa0;; la chaîne de hachage et la vérification d&apos;intégrité sont valides.
Hachage de tête %1</numerusform>
            <numerusform>✔ OK&#xa0;: %n événements&#xa0;; la chaîne de hachage et la vérification d&apos;intégrité sont valides.
Hachage de tête %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Store verified: %n event(s) OK</source>
        <translation>
            <numerusform>Magasin vérifié&#xa0;: %n événement OK</numerusform>
            <numerusform>Magasin vérifié&#xa0;: %n événements OK</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ FAILED at global position %1: %2</source>
        <translation>✖ ÉCHEC à la position globale %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>✖ FAILED: %1</source>
        <translation>✖ ÉCHEC&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to do: keep this copy for the investigation, close the console and restore the newest verified backup (eventdesk-cli restore --from BACKUP --to NEW-STORE).</source>
        <translation>Que faire&#xa0;: conservez cette copie pour l&apos;enquête, fermez la console et restaurez la sauvegarde vérifiée la plus récente (eventdesk-cli restore --from BACKUP --to NEW-STORE).</translation>
    </message>
    <message>
        <source>Store verification FAILED</source>
        <translation>ÉCHEC de la vérification du magasin</translation>
    </message>
    <message>
        <source>%1 (%2 approved, %3 rejected)</source>
        <translation>%1 (%2 approuvées, %3 refusées)</translation>
    </message>
    <message>
        <source>nothing decided yet</source>
        <translation>rien de décidé pour l&apos;instant</translation>
    </message>
    <message>
        <source>median %1 h, 90% within %2 h</source>
        <translation>médiane %1 h, 90&#xa0;% en moins de %2 h</translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation>aucune décision pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 reminders, %2 escalations</source>
        <translation>%1 rappels, %2 escalades</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::BackupRestorer</name>
    <message>
        <source>EventDesk stores (*.eventdesk);;All files (*)</source>
        <translation>Magasins EventDesk (*.eventdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>Quelle sauvegarde restaurer&#xa0;?</translation>
    </message>
    <message>
        <source>Restore into a new store file</source>
        <translation>Restaurer dans un nouveau fichier de magasin</translation>
    </message>
    <message>
        <source>Restored and verified: %1 events in %2.</source>
        <translation>Restauré et vérifié&#xa0;: %1 événements dans %2.</translation>
    </message>
    <message>
        <source>The restored copy did not verify (%1); nothing was restored.</source>
        <translation>La copie restaurée n&apos;a pas pu être vérifiée (%1)&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was restored.</source>
        <translation>La restauration a été annulée&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n&apos;a été restauré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::DeadLetterModel</name>
    <message>
        <source>Parked %1</source>
        <translation>Mis de côté %1</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>Par %1, %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::DeadLettersPage</name>
    <message>
        <source>No parked messages. A message is parked here when a service refuses it for good or its retries run out; tick Show resolved to see earlier ones.</source>
        <translation>Aucun message mis de côté. Un message est mis de côté ici quand un service le refuse définitivement ou que ses nouvelles tentatives sont épuisées&#xa0;; cochez Afficher les résolus pour voir les précédents.</translation>
    </message>
    <message>
        <source>Only an administrator can retry or discard dead letters.</source>
        <translation>Seul un administrateur peut relancer ou abandonner des lettres mortes.</translation>
    </message>
    <message>
        <source>Select a dead letter to see its payload.</source>
        <translation>Sélectionnez une lettre morte pour voir sa charge utile.</translation>
    </message>
    <message>
        <source>Retry dead letters</source>
        <translation>Relancer les lettres mortes</translation>
    </message>
    <message>
        <source>The dead letters could not be read: %1</source>
        <translation>Impossible de lire les lettres mortes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 parked</source>
        <translation>%1 mis de côté</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 · %2 · %3&lt;/b&gt; — %4&lt;br&gt;%5&lt;br&gt;attempts: %6; first failed %7, parked %8</source>
        <translation>&lt;b&gt;#%1 · %2 · %3&lt;/b&gt; — %4&lt;br&gt;%5&lt;br&gt;tentatives&#xa0;: %6&#xa0;; premier échec %7, mis de côté %8</translation>
    </message>
    <message>
        <source>Resolved by %1 %2</source>
        <translation>Résolu par %1 %2</translation>
    </message>
    <message>
        <source>Not valid JSON (at character %1): %2</source>
        <translation>JSON non valide (au caractère %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The payload must be a JSON object.</source>
        <translation>La charge utile doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Dead letter #%1 was not retried: %2</source>
        <translation>La lettre morte n°%1 n&apos;a pas été relancée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Dead letter #%1 queued again.</source>
        <translation>La lettre morte n°%1 est de nouveau en file d&apos;attente.</translation>
    </message>
    <message>
        <source>There are no parked messages to retry.</source>
        <translation>Aucun message mis de côté à relancer.</translation>
    </message>
    <message>
        <source>Retry 1 parked message?</source>
        <translation>Relancer 1 message mis de côté&#xa0;?</translation>
    </message>
    <message>
        <source>Retry %1 parked messages?</source>
        <translation>Relancer %1 messages mis de côté&#xa0;?</translation>
    </message>
    <message>
        <source>The dead letters were not retried: %1</source>
        <translation>Les lettres mortes n&apos;ont pas été relancées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Messages queued again: %1.</source>
        <translation>Messages remis en file d&apos;attente&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The edited message was not sent: %1</source>
        <translation>Le message modifié n&apos;a pas été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dead letter #%1 edited and queued again.</source>
        <translation>Lettre morte n°%1 modifiée et remise en file d&apos;attente.</translation>
    </message>
    <message>
        <source>dead letter #%1</source>
        <translation>lettre morte n°%1</translation>
    </message>
    <message>
        <source>A dead letter is discarded only with a reason.</source>
        <translation>Une lettre morte ne peut être abandonnée qu&apos;avec un motif.</translation>
    </message>
    <message>
        <source>Dead letter #%1 was not discarded: %2</source>
        <translation>La lettre morte n°%1 n&apos;a pas été abandonnée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Dead letter #%1 discarded.</source>
        <translation>Lettre morte n°%1 abandonnée.</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Lettres mortes</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::DefinitionsModel</name>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (en vigueur)</translation>
    </message>
    <message>
        <source>shipped with EventDesk</source>
        <translation>fourni avec EventDesk</translation>
    </message>
    <message>
        <source>New requests of this workflow use this version.</source>
        <translation>Les nouvelles demandes de ce flux de travail utilisent cette version.</translation>
    </message>
    <message>
        <source>Requests started with this version keep it.</source>
        <translation>Les demandes lancées avec cette version la conservent.</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flux de travail</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Loaded from</source>
        <translation>Chargé depuis</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::DensityChart</name>
    <message>
        <source>Event density over time</source>
        <translation>Densité des événements dans le temps</translation>
    </message>
    <message>
        <source>Events per time interval; drag across it to filter the list to a time range</source>
        <translation>Événements par intervalle de temps&#xa0;; faites glisser dessus pour filtrer la liste sur une période</translation>
    </message>
    <message>
        <source>Counting the events over time…</source>
        <translation>Comptage des événements dans le temps…</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Aucun événement pour l’instant.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::DiscardDialog</name>
    <message>
        <source>Discard dead letter</source>
        <translation>Abandonner la lettre morte</translation>
    </message>
    <message>
        <source>Discard %1? It will not be sent again. Why (required):</source>
        <translation>Abandonner %1&#xa0;? Il ne sera plus envoyé. Motif (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for discarding</source>
        <translation>Motif de l&apos;abandon</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::EventDetailLoader</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Impossible de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no event at position %1.</source>
        <translation>Aucun événement à la position %1.</translation>
    </message>
    <message>
        <source>prepare the thread query</source>
        <translation>préparer la requête du fil</translation>
    </message>
    <message>
        <source>read the thread</source>
        <translation>lire le fil</translation>
    </message>
    <message>
        <source>through its message to %1</source>
        <translation>via son message à %1</translation>
    </message>
    <message>
        <source>%1 (no event or message of this store)</source>
        <translation>%1 (aucun événement ni message de ce magasin)</translation>
    </message>
    <message>
        <source>started</source>
        <translation>démarré</translation>
    </message>
    <message>
        <source>last step before this event</source>
        <translation>dernière étape avant cet événement</translation>
    </message>
    <message>
        <source>next step after this event</source>
        <translation>étape suivante après cet événement</translation>
    </message>
    <message>
        <source>look for the events it caused</source>
        <translation>rechercher les événements qu&apos;il a causés</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::EventDetailPanel</name>
    <message>
        <source>This stream is no workflow request, so its state is the generic fold: the payloads of its events up to this one, merged in order — each payload&apos;s top-level fields replace the same fields of the state; nothing is ever removed.</source>
        <translation>Ce flux n&apos;est pas une demande de flux de travail&#xa0;: son état est donc le cumul générique des charges utiles de ses événements jusqu&apos;à celui-ci, fusionnées dans l&apos;ordre — les champs de premier niveau de chaque charge utile remplacent les mêmes champs de l&apos;état&#xa0;; rien n&apos;est jamais supprimé.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>This event could not be shown: %1</source>
        <translation>Impossible d&apos;afficher cet événement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading the event at position %1…</source>
        <translation>Chargement de l&apos;événement à la position %1…</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2 — version %3, position %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; dans %2 — version %3, position %4</translation>
    </message>
    <message>
        <source>The request as its stream&apos;s events up to this one rebuild it (the aggregate&apos;s JSON form, as `state --json` prints it).</source>
        <translation>La demande telle que la reconstruisent les événements de son flux jusqu&apos;à celui-ci (la forme JSON de l&apos;agrégat, telle que l&apos;affiche `state --json`).</translation>
    </message>
    <message>
        <source>The state of %1 right after version %2. %3</source>
        <translation>L&apos;état de %1 juste après la version %2. %3</translation>
    </message>
    <message>
        <source>This is the stream&apos;s first event: it is compared with an empty state.</source>
        <translation>C&apos;est le premier événement du flux&#xa0;: il est comparé à un état vide.</translation>
    </message>
    <message>
        <source>Compared with the state after version %1.</source>
        <translation>Comparé à l&apos;état après la version %1.</translation>
    </message>
    <message>
        <source>%1 This event changed no field of the state.</source>
        <translation>%1 Cet événement n&apos;a modifié aucun champ de l&apos;état.</translation>
    </message>
    <message>
        <source>%1 %2 added, %3 removed, %4 changed.</source>
        <translation>%1 %2 ajoutés, %3 supprimés, %4 modifiés.</translation>
    </message>
    <message>
        <source>Where this event came from and what came of it. Press Enter on a link (or double-click it) to open that event.</source>
        <translation>D&apos;où vient cet événement et ce qu&apos;il a produit. Appuyez sur Entrée sur un lien (ou double-cliquez dessus) pour ouvrir cet événement.</translation>
    </message>
    <message>
        <source>No request had been submitted by position %1.</source>
        <translation>Aucune demande n&apos;avait été soumise à la position %1.</translation>
    </message>
    <message>
        <source>The requests as they stood right after position %1 (%2 of them).</source>
        <translation>Les demandes telles qu&apos;elles étaient juste après la position %1 (%2 au total).</translation>
    </message>
    <message>
        <source>The read models are still catching up: this list completes when they reach this position.</source>
        <translation>Les modèles de lecture sont encore en cours de rattrapage&#xa0;: cette liste sera complète lorsqu&apos;ils atteindront cette position.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (%2 UTC, %3)</source>
        <translation>%1 (%2 UTC, %3)</translation>
    </message>
    <message>
        <source>Nothing waited for %1 at position %2. Pick another user above to see their inbox.</source>
        <translation>Rien n&apos;attendait %1 à la position %2. Choisissez un autre utilisateur ci-dessus pour voir sa boîte de réception.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waited for %1 at position %2.</source>
        <translation>
            <numerusform>%n demande attendait %1 à la position %2.</numerusform>
            <numerusform>%n demandes attendaient %1 à la position %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the inbox of %1…</source>
        <translation>Chargement de la boîte de réception de %1…</translation>
    </message>
    <message>
        <source>The inbox of %1 could not be read: %2</source>
        <translation>Impossible de lire la boîte de réception de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Looking for the events it caused (a scan of the events after this one)…</source>
        <translation>Recherche des événements qu&apos;il a causés (parcours des événements suivants)…</translation>
    </message>
    <message>
        <source>The events it caused could not be found: %1</source>
        <translation>Impossible de trouver les événements qu&apos;il a causés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Looking for the events it caused: %n found so far, up to position %1 of %2…</source>
        <translation>
            <numerusform>Recherche des événements qu&apos;il a causés&#xa0;: %n trouvé pour l&apos;instant, jusqu&apos;à la position %1 sur %2…</numerusform>
            <numerusform>Recherche des événements qu&apos;il a causés&#xa0;: %n trouvés pour l&apos;instant, jusqu&apos;à la position %1 sur %2…</numerusform>
        </translation>
    </message>
    <message>
        <source>It caused no events (yet).</source>
        <translation>Il n&apos;a causé aucun événement (pour l&apos;instant).</translation>
    </message>
    <message numerus="yes">
        <source>It caused %n event(s).</source>
        <translation>
            <numerusform>Il a causé %n événement.</numerusform>
            <numerusform>Il a causé %n événements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the events it caused are listed up to position %1.</source>
        <translation>Arrêté&#xa0;: les événements qu&apos;il a causés sont listés jusqu&apos;à la position %1.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::EventDetailRequestsModel</name>
    <message>
        <source>%1 — version %2 at position %3</source>
        <translation>%1 — version %2 à la position %3</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::EventDetailThreadModel</name>
    <message>
        <source>Caused by</source>
        <translation>Causé par</translation>
    </message>
    <message>
        <source>Its saga</source>
        <translation>Sa saga</translation>
    </message>
    <message>
        <source>Its request</source>
        <translation>Sa demande</translation>
    </message>
    <message>
        <source>Caused</source>
        <translation>A causé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open event %1 (%2 in %3)</source>
        <translation>Ouvrir l&apos;événement %1 (%2 dans %3)</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::HealthPage</name>
    <message>
        <source>The services could not be read: %1</source>
        <translation>Impossible de lire les services&#xa0;: %1</translation>
    </message>
    <message>
        <source>No services are configured. An administrator adds them under Administration → Services; their breakers, rates and queues appear here.</source>
        <translation>Aucun service n&apos;est configuré. Un administrateur les ajoute sous Administration → Services&#xa0;; leurs disjoncteurs, taux et files d&apos;attente apparaissent ici.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>%1 was already %2; nothing changed.</source>
        <translation>%1 était déjà %2&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>set on the Health page</source>
        <translation>défini sur la page Santé</translation>
    </message>
    <message>
        <source>The %1 breaker is forced open: no calls go out until it is set back to automatic.</source>
        <translation>Le disjoncteur de %1 est forcé ouvert&#xa0;: aucun appel ne part tant qu&apos;il n&apos;est pas remis en automatique.</translation>
    </message>
    <message>
        <source>The %1 breaker is forced closed: every call goes out.</source>
        <translation>Le disjoncteur de %1 est forcé fermé&#xa0;: tous les appels partent.</translation>
    </message>
    <message>
        <source>The %1 breaker follows the automatic rules again.</source>
        <translation>Le disjoncteur de %1 suit de nouveau les règles automatiques.</translation>
    </message>
    <message>
        <source>Refused: only an administrator may change services and breakers (%1).</source>
        <translation>Refusé&#xa0;: seul un administrateur peut modifier les services et les disjoncteurs (%1).</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::JsonDiffModel</name>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 supprimé (était %2)</translation>
    </message>
    <message>
        <source>%1 changed: %2 → %3</source>
        <translation>%1 modifié&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
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
        <translation>booléen</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n champ}</numerusform>
            <numerusform>{%n champs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2 by this event</source>
        <translation>%1&#xa0;: %2 par cet événement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Ouverture du magasin…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ctrl+1 … Ctrl+8&lt;/b&gt; go to the pages in the order of the rail.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; goes to the page&apos;s filter.&lt;/p&gt;&lt;p&gt;In Approvals, &lt;b&gt;Ctrl+Enter&lt;/b&gt; approves and &lt;b&gt;Ctrl+R&lt;/b&gt; rejects.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ctrl+1 … Ctrl+8&lt;/b&gt; ouvrent les pages dans l&apos;ordre du rail.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; place le curseur dans le filtre de la page.&lt;/p&gt;&lt;p&gt;Dans Approbations, &lt;b&gt;Ctrl+Enter&lt;/b&gt; approuve et &lt;b&gt;Ctrl+R&lt;/b&gt; refuse.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;About EventDesk</source>
        <translation>À &amp;propos d&apos;EventDesk</translation>
    </message>
    <message>
        <source>About EventDesk</source>
        <translation>À propos d&apos;EventDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EventDesk %1&lt;/h3&gt;&lt;p&gt;The desktop console for event-driven business workflows.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EventDesk %1&lt;/h3&gt;&lt;p&gt;La console de bureau pour les flux de travail métier pilotés par les événements.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Utilisateur connecté</translation>
    </message>
    <message>
        <source>Outbox backlog</source>
        <translation>Arriéré de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Open breakers</source>
        <translation>Disjoncteurs ouverts</translation>
    </message>
    <message>
        <source>Welcome — EventDesk</source>
        <translation>Bienvenue — EventDesk</translation>
    </message>
    <message>
        <source>The store this window works on</source>
        <translation>Le magasin sur lequel travaille cette fenêtre</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>This is the demo company. Sign in as %1 to see every page, or as any demo user; every password is %2.</source>
        <translation>Ceci est l&apos;entreprise de démonstration. Connectez-vous en tant que %1 pour voir toutes les pages, ou avec n&apos;importe quel utilisateur de démonstration&#xa0;; le mot de passe est toujours %2.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Not signed in&lt;/h2&gt;&lt;p&gt;Sign in to see this store. &lt;a href=&quot;signin&quot;&gt;Sign in…&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Non connecté&lt;/h2&gt;&lt;p&gt;Connectez-vous pour voir ce magasin. &lt;a href=&quot;signin&quot;&gt;Se connecter…&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — EventDesk</source>
        <translation>%1 — EventDesk</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Boîte d&apos;envoi vide</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n message en attente</numerusform>
            <numerusform>%n messages en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>All breakers closed</source>
        <translation>Tous les disjoncteurs fermés</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Ouverts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>Rappel de sauvegarde</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Sauvegarder…</translation>
    </message>
    <message>
        <source>%1 Make a verified copy under Administration → The store.</source>
        <translation>%1 Faites une copie vérifiée sous Administration → Le magasin.</translation>
    </message>
    <message>
        <source>The store is open read-only: the password is checked, but nothing is recorded, and nothing can be changed.</source>
        <translation>Le magasin est ouvert en lecture seule&#xa0;: le mot de passe est vérifié, mais rien n&apos;est enregistré et rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>This store is open read-only: nothing can be changed here and nothing is written to it, not even sign-ins. For a writable store, close the program that holds it and open it again, or restore a backup into a new store (Administration → The store, or the welcome page).</source>
        <translation>Ce magasin est ouvert en lecture seule&#xa0;: rien ne peut être modifié ici et rien n&apos;y est écrit, pas même les connexions. Pour un magasin accessible en écriture, fermez le programme qui le détient et rouvrez-le, ou restaurez une sauvegarde dans un nouveau magasin (Administration → Le magasin, ou la page d&apos;accueil).</translation>
    </message>
    <message>
        <source>The store %1 is locked by another program so that it cannot be read, not even read-only. Close that program and open the store again, or restore a backup into a new store.</source>
        <translation>Le magasin %1 est verrouillé par un autre programme de sorte qu&apos;il ne peut pas être lu, pas même en lecture seule. Fermez ce programme et rouvrez le magasin, ou restaurez une sauvegarde dans un nouveau magasin.</translation>
    </message>
    <message>
        <source>Opened read-only, %1 cannot be read either: %2</source>
        <translation>Même ouvert en lecture seule, %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>Updating lists %p%</source>
        <translation>Mise à jour des listes %p%</translation>
    </message>
    <message>
        <source>Bringing the lists (requests, inboxes, sagas, audit) up to date with the store: %L1 of %L2 events.</source>
        <translation>Mise à jour des listes (demandes, boîtes de réception, sagas, audit) avec le magasin : %L1 événements sur %L2.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::NewStoreDialog</name>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>Where the new store goes</source>
        <translation>Emplacement du nouveau magasin</translation>
    </message>
    <message>
        <source>EventDesk stores (*.eventdesk)</source>
        <translation>Magasins EventDesk (*.eventdesk)</translation>
    </message>
    <message>
        <source>Choose where the new store goes.</source>
        <translation>Choisissez l&apos;emplacement du nouveau magasin.</translation>
    </message>
    <message>
        <source>Name the first administrator.</source>
        <translation>Indiquez le premier administrateur.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; saisissez deux fois le même mot de passe.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::RequestDetailView</name>
    <message>
        <source>Request detail</source>
        <translation>Détail de la demande</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvée par</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::RequestTableModel</name>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flux de travail</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où elle en est</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::RequestsPage</name>
    <message>
        <source>New request (Ctrl+N)</source>
        <translation>Nouvelle demande (Ctrl+N)</translation>
    </message>
    <message>
        <source>Select a request to see its fields, path and history.</source>
        <translation>Sélectionnez une demande pour voir ses champs, son parcours et son historique.</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>Impossible de lire les demandes&#xa0;: %1</translation>
    </message>
    <message>
        <source>All requests (%1)</source>
        <translation>Toutes les demandes (%1)</translation>
    </message>
    <message>
        <source>My requests (%1)</source>
        <translation>Mes demandes (%1)</translation>
    </message>
    <message>
        <source>No requests yet. Requests appear here as people submit them.</source>
        <translation>Aucune demande pour l&apos;instant. Les demandes apparaissent ici au fur et à mesure qu&apos;elles sont soumises.</translation>
    </message>
    <message>
        <source>You have not submitted any requests. Use New request… (Ctrl+N) to ask for a purchase, an expense or an order; it appears here.</source>
        <translation>Vous n&apos;avez soumis aucune demande. Utilisez Nouvelle demande… (Ctrl+N) pour demander un achat, une note de frais ou une commande&#xa0;; elle apparaîtra ici.</translation>
    </message>
    <message>
        <source>No request matches &quot;%1&quot;. Clear the filter to see them all.</source>
        <translation>Aucune demande ne correspond à «&#xa0;%1&#xa0;». Effacez le filtre pour toutes les voir.</translation>
    </message>
    <message>
        <source>This request could not be read: %1</source>
        <translation>Impossible de lire cette demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request submitted.</source>
        <translation>Demande soumise.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SagaDiagramView</name>
    <message>
        <source>Not reached</source>
        <translation>Non atteinte</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Compensating</source>
        <translation>En compensation</translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation>Compensée</translation>
    </message>
    <message>
        <source>Saga steps</source>
        <translation>Étapes de la saga</translation>
    </message>
    <message>
        <source>#%1 %2 · %3%4</source>
        <translation>#%1 %2 · %3%4</translation>
    </message>
    <message>
        <source>No saga events for this step.</source>
        <translation>Aucun événement de saga pour cette étape.</translation>
    </message>
    <message>
        <source>No saga selected.</source>
        <translation>Aucune saga sélectionnée.</translation>
    </message>
    <message>
        <source>Select a saga on the left to see its steps.</source>
        <translation>Sélectionnez une saga à gauche pour voir ses étapes.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SagaEventsModel</name>
    <message>
        <source>(saga)</source>
        <translation>(saga)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open this event in the timeline</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir cet événement dans la chronologie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
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
        <translation>Démarrée %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flux de travail</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SagasPage</name>
    <message>
        <source>All workflows</source>
        <translation>Tous les flux de travail</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>No sagas match. A saga starts when someone submits a request; clear the filters to see every saga.</source>
        <translation>Aucune saga ne correspond. Une saga démarre quand quelqu&apos;un soumet une demande&#xa0;; effacez les filtres pour voir toutes les sagas.</translation>
    </message>
    <message>
        <source>Select a saga to see its steps and events.</source>
        <translation>Sélectionnez une saga pour voir ses étapes et ses événements.</translation>
    </message>
    <message>
        <source>The sagas could not be read: %1</source>
        <translation>Impossible de lire les sagas&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 saga</source>
        <translation>1 saga</translation>
    </message>
    <message>
        <source>%1 sagas</source>
        <translation>%1 sagas</translation>
    </message>
    <message>
        <source>The saga could not be read: %1</source>
        <translation>Impossible de lire la saga&#xa0;: %1</translation>
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
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ServiceCard</name>
    <message>
        <source>%1 service</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <source>Press Enter to see its history</source>
        <translation>Appuyez sur Entrée pour voir son historique</translation>
    </message>
    <message>
        <source>Calls that went out, every 10 seconds over the last 5 minutes</source>
        <translation>Appels émis, toutes les 10 secondes sur les 5 dernières minutes</translation>
    </message>
    <message>
        <source>The mark is the failure rate at which the breaker opens</source>
        <translation>Le repère indique le taux d&apos;échec auquel le disjoncteur s&apos;ouvre</translation>
    </message>
    <message>
        <source>Messages waiting for this service in the outbox: they go out when it answers again (payments queue while the payment service is down).</source>
        <translation>Messages en attente pour ce service dans la boîte d&apos;envoi&#xa0;: ils partiront quand il répondra de nouveau (les paiements attendent pendant que le service de paiement est en panne).</translation>
    </message>
    <message>
        <source>HTTP · %1</source>
        <translation>HTTP · %1</translation>
    </message>
    <message>
        <source>Simulated · %1</source>
        <translation>Simulé · %1</translation>
    </message>
    <message>
        <source>Calls: %1 in the last minute, %2 in 5 min</source>
        <translation>Appels&#xa0;: %1 dans la dernière minute, %2 en 5 min</translation>
    </message>
    <message>
        <source>Failure rate %1 · opens at %2</source>
        <translation>Taux d&apos;échec %1 · s&apos;ouvre à %2</translation>
    </message>
    <message>
        <source>p95 latency %1 ms</source>
        <translation>Latence p95 %1 ms</translation>
    </message>
    <message>
        <source>p95 latency —</source>
        <translation>Latence p95 —</translation>
    </message>
    <message>
        <source>Queued %1</source>
        <translation>En file %1</translation>
    </message>
    <message>
        <source>Breaker %1, failure rate %2, %3 queued. Press Enter to see its history.</source>
        <translation>Disjoncteur %1, taux d&apos;échec %2, %3 en file. Appuyez sur Entrée pour voir son historique.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ServiceControls</name>
    <message>
        <source>Up</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>En panne</translation>
    </message>
    <message>
        <source>Flaky</source>
        <translation>Instable</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Lent</translation>
    </message>
    <message>
        <source>Simulated mode of %1</source>
        <translation>Mode simulé de %1</translation>
    </message>
    <message>
        <source>How the simulated %1 service answers</source>
        <translation>Comment répond le service simulé %1</translation>
    </message>
    <message>
        <source>Set the mode of %1</source>
        <translation>Définir le mode de %1</translation>
    </message>
    <message>
        <source>Force the %1 breaker open</source>
        <translation>Forcer l&apos;ouverture du disjoncteur de %1</translation>
    </message>
    <message>
        <source>Stop every call to %1 until the breaker is set back to automatic; the messages wait in the queue.</source>
        <translation>Bloquer tous les appels à %1 jusqu&apos;à ce que le disjoncteur soit remis en automatique&#xa0;; les messages attendent dans la file.</translation>
    </message>
    <message>
        <source>Force the %1 breaker closed</source>
        <translation>Forcer la fermeture du disjoncteur de %1</translation>
    </message>
    <message>
        <source>Let every call to %1 go out, whatever its failures.</source>
        <translation>Laisser partir tous les appels à %1, quels que soient ses échecs.</translation>
    </message>
    <message>
        <source>Give the %1 breaker back to the automatic rules</source>
        <translation>Rendre le disjoncteur de %1 aux règles automatiques</translation>
    </message>
    <message>
        <source>%1 is called over HTTP: it answers as the real service does, so it has no simulated mode.</source>
        <translation>%1 est appelé via HTTP&#xa0;: il répond comme le vrai service, il n&apos;a donc pas de mode simulé.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>flaky, %1% of calls failing</source>
        <translation>instable, %1 % des appels échouent</translation>
    </message>
    <message>
        <source>slow, %1 ms an answer</source>
        <translation>lent, %1 ms par réponse</translation>
    </message>
    <message>
        <source>share failing (0–1)</source>
        <translation>part en échec (0–1)</translation>
    </message>
    <message>
        <source>Share of %1 calls that fail, from 0 to 1</source>
        <translation>Part des appels à %1 qui échouent, de 0 à 1</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Delay of each %1 answer in milliseconds</source>
        <translation>Délai de chaque réponse de %1 en millisecondes</translation>
    </message>
    <message>
        <source>Enter the share of calls that fail as a number from 0 to 1, e.g. %1.</source>
        <translation>Saisissez la part des appels qui échouent sous forme de nombre entre 0 et 1, p. ex. %1.</translation>
    </message>
    <message>
        <source>Enter the delay as whole milliseconds from 0 to %1.</source>
        <translation>Saisissez le délai en millisecondes entières, de 0 à %1.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ServiceDetailPanel</name>
    <message>
        <source>last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>dernière heure</translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation>dernières 24 heures</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Disjoncteur</translation>
    </message>
    <message>
        <source>Calls per step</source>
        <translation>Appels par pas</translation>
    </message>
    <message>
        <source>Failure rate (%)</source>
        <translation>Taux d&apos;échec (%)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation>Messages en file</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>went out</source>
        <translation>émis</translation>
    </message>
    <message>
        <source>short-circuited</source>
        <translation>court-circuités</translation>
    </message>
    <message>
        <source>failure rate</source>
        <translation>taux d&apos;échec</translation>
    </message>
    <message>
        <source>opens at %1%</source>
        <translation>s&apos;ouvre à %1 %</translation>
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
        <translation>en file</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ServicesModel</name>
    <message>
        <source>simulated</source>
        <translation>simulé</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>as the real service is</source>
        <translation>comme le vrai service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Calls go to</source>
        <translation>Appels vers</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <source>Mode (simulated)</source>
        <translation>Mode (simulé)</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::ServicesTab</name>
    <message>
        <source>Settings of %1</source>
        <translation>Paramètres de %1</translation>
    </message>
    <message>
        <source>The settings of %1 were saved.</source>
        <translation>Les paramètres de %1 ont été enregistrés.</translation>
    </message>
    <message>
        <source>Nothing to save: %1 already had these settings.</source>
        <translation>Rien à enregistrer&#xa0;: %1 avait déjà ces paramètres.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::Session</name>
    <message>
        <source>The store is open read-only: nothing can be changed here. Open it again without read-only to make changes.</source>
        <translation>Le magasin est ouvert en lecture seule&#xa0;: rien ne peut être modifié ici. Rouvrez-le sans lecture seule pour faire des modifications.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Choose a store</source>
        <translation>Choisir un magasin</translation>
    </message>
    <message>
        <source>EventDesk stores (*.eventdesk);;All files (*)</source>
        <translation>Magasins EventDesk (*.eventdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The language and the appearance change at once; the store is opened the next time EventDesk starts.</source>
        <translation>La langue et l’apparence changent immédiatement&#xa0;; le magasin sera ouvert au prochain démarrage d’EventDesk.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SignInDialog</name>
    <message>
        <source>Store: %1</source>
        <translation>Magasin&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::StoreTab</name>
    <message>
        <source>Back up the store to</source>
        <translation>Sauvegarder le magasin dans</translation>
    </message>
    <message>
        <source>EventDesk stores (*.eventdesk)</source>
        <translation>Magasins EventDesk (*.eventdesk)</translation>
    </message>
    <message>
        <source>Writing and verifying %1…</source>
        <translation>Écriture et vérification de %1…</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>Aucune sauvegarde n&apos;a été faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The copy did not verify (%1); do not rely on it.</source>
        <translation>La copie n&apos;a pas passé la vérification (%1)&#xa0;; ne vous y fiez pas.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 events in %2.</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: %1 événements dans %2.</translation>
    </message>
    <message>
        <source>Rebuilding…</source>
        <translation>Reconstruction…</translation>
    </message>
    <message>
        <source>Read models rebuilt from %1 events.</source>
        <translation>Modèles de lecture reconstruits à partir de %1 événements.</translation>
    </message>
    <message>
        <source>Rebuild cancelled; the read models are as they were.</source>
        <translation>Reconstruction annulée&#xa0;; les modèles de lecture sont inchangés.</translation>
    </message>
    <message>
        <source>The rebuild failed; the read models are as they were: %1</source>
        <translation>La reconstruction a échoué&#xa0;; les modèles de lecture sont inchangés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 événements sur %2</translation>
    </message>
    <message>
        <source>Verifying: %1 of %2 events</source>
        <translation>Vérification&#xa0;: %1 sur %2 événements</translation>
    </message>
    <message>
        <source>Restoring makes a new store from a backup: the backup is checked, copied to a new file you choose (one that does not exist yet), the copy verified event by event, and only then given its name. The restored store opens in a new window; the current store (%1) is not touched. From the command line: eventdesk-cli restore --from BACKUP-FILE --to NEW-STORE-PATH.</source>
        <translation>La restauration crée un nouveau magasin à partir d&apos;une sauvegarde&#xa0;: la sauvegarde est contrôlée, copiée dans un nouveau fichier de votre choix (qui n&apos;existe pas encore), la copie vérifiée événement par événement, et seulement alors renommée. Le magasin restauré s&apos;ouvre dans une nouvelle fenêtre&#xa0;; le magasin actuel (%1) n&apos;est pas touché. En ligne de commande&#xa0;: eventdesk-cli restore --from FICHIER-DE-SAUVEGARDE --to CHEMIN-DU-NOUVEAU-MAGASIN.</translation>
    </message>
    <message>
        <source>The store is open read-only: the read models cannot be rebuilt.</source>
        <translation>Le magasin est ouvert en lecture seule&#xa0;: les modèles de lecture ne peuvent pas être reconstruits.</translation>
    </message>
    <message>
        <source>Restoring and verifying…</source>
        <translation>Restauration et vérification…</translation>
    </message>
    <message>
        <source>EventDesk could not be started on %1; open it with eventdesk --store %1.</source>
        <translation>EventDesk n&apos;a pas pu être lancé sur %1&#xa0;; ouvrez-le avec eventdesk --store %1.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::SubmitRequestDialog</name>
    <message>
        <source>Give the request a title.</source>
        <translation>Donnez un titre à la demande.</translation>
    </message>
    <message>
        <source>The title has %1 characters; at most %2.</source>
        <translation>Le titre compte %1 caractères&#xa0;; %2 au maximum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code this system knows (e.g. EUR, USD).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise connu de ce système (p. ex. EUR, USD).</translation>
    </message>
    <message>
        <source>Enter an amount greater than 0.</source>
        <translation>Saisissez un montant supérieur à 0.</translation>
    </message>
    <message>
        <source>%1 has no decimals.</source>
        <translation>%1 n&apos;a pas de décimales.</translation>
    </message>
    <message>
        <source>At most %1 decimals for %2.</source>
        <translation>%1 décimales au maximum pour %2.</translation>
    </message>
    <message>
        <source>Enter an amount greater than 0, digits with an optional &quot;.&quot; (e.g. 1200.50): %1</source>
        <translation>Saisissez un montant supérieur à 0, en chiffres avec un «&#xa0;.&#xa0;» facultatif (p. ex. 1200.50)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The note has %1 characters; at most %2.</source>
        <translation>La note compte %1 caractères&#xa0;; %2 au maximum.</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation>Soumettre (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Loading the workflows…</source>
        <translation>Chargement des flux de travail…</translation>
    </message>
    <message>
        <source>The workflows could not be read: %1</source>
        <translation>Impossible de lire les flux de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your roles do not let you submit requests. An administrator can give you the requester role.</source>
        <translation>Vos rôles ne vous permettent pas de soumettre des demandes. Un administrateur peut vous attribuer le rôle de demandeur.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Soumission…</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Non autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request was not submitted: %1</source>
        <translation>La demande n&apos;a pas été soumise&#xa0;: %1</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::TimelinePage</name>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>%L1 of %L2 positions</source>
        <translation>%L1 positions sur %L2</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>Impossible de lire la chronologie&#xa0;: %1</translation>
    </message>
    <message>
        <source>position %L1</source>
        <translation>position %L1</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1 (at character %2)</source>
        <translation>Expression régulière non valide&#xa0;: %1 (au caractère %2)</translation>
    </message>
    <message>
        <source>Go to position</source>
        <translation>Aller à la position</translation>
    </message>
    <message>
        <source>Global position (1–%L1):</source>
        <translation>Position globale (1–%L1)&#xa0;:</translation>
    </message>
    <message>
        <source>No event at or after position %L1 matches the filters.</source>
        <translation>Aucun événement à partir de la position %L1 ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>décompte…</translation>
    </message>
    <message>
        <source>%L1+ events…</source>
        <translation>%L1+ événements…</translation>
    </message>
    <message>
        <source>%L1 events up to position %L2 (search stopped)</source>
        <translation>%L1 événements jusqu&apos;à la position %L2 (recherche arrêtée)</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <source>%L1 events</source>
        <translation>%L1 événements</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Lecture du magasin…</translation>
    </message>
    <message>
        <source>Searching the events…</source>
        <translation>Recherche des événements…</translation>
    </message>
    <message>
        <source>No event matches these filters. Clear a filter or the time range to see more.</source>
        <translation>Aucun événement ne correspond à ces filtres. Effacez un filtre ou la période pour en voir davantage.</translation>
    </message>
    <message>
        <source>The timeline lists every event of the store in the order it was recorded: each request submitted, approved or paid, each saga step, each change to users. It fills as people work in the console; select an event to see the state it left behind.</source>
        <translation>La chronologie liste tous les événements du magasin dans l&apos;ordre de leur enregistrement&#xa0;: chaque demande soumise, approuvée ou payée, chaque étape de saga, chaque modification des utilisateurs. Elle se remplit à mesure que l&apos;on travaille dans la console&#xa0;; sélectionnez un événement pour voir l&apos;état qu&apos;il a laissé.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>The chart could not be read: %1</source>
        <translation>Le graphique n’a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::TimelineQuery</name>
    <message>
        <source>Could not read the timeline: %1</source>
        <translation>Impossible de lire la chronologie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Change roles and limit</source>
        <translation>Modifier les rôles et le plafond</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nouveau mot de &amp;passe</translation>
    </message>
    <message>
        <source>Give the user a name.</source>
        <translation>Donnez un nom à l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
    <message>
        <source>Enter a password for the new user.</source>
        <translation>Saisissez un mot de passe pour le nouvel utilisateur.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password in both fields.</source>
        <translation>Les deux mots de passe diffèrent. Saisissez le même mot de passe dans les deux champs.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::UsersModel</name>
    <message>
        <source>workflow default</source>
        <translation>valeur par défaut du flux de travail</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins until %1</source>
        <translation>Verrouillé après des échecs de connexion jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Approval limit</source>
        <translation>Plafond d&apos;approbation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::UsersTab</name>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 est désactivé et ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 est de nouveau activé.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 est déverrouillé.</translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>Impossible de lire les utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté.</translation>
    </message>
    <message>
        <source>The roles of %1 were changed.</source>
        <translation>Les rôles de %1 ont été modifiés.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Le mot de passe de %1 a été réinitialisé.</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::WelcomePage</name>
    <message>
        <source>Open a store</source>
        <translation>Ouvrir un magasin</translation>
    </message>
    <message>
        <source>EventDesk stores (*.eventdesk);;All files (*)</source>
        <translation>Magasins EventDesk (*.eventdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Verifying: %1 of %2 events</source>
        <translation>Vérification&#xa0;: %1 sur %2 événements</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;That store could not be opened.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Open it read-only to see what it holds (nothing can be changed then), restore a backup into a new store, open another one, or explore the demo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Impossible d&apos;ouvrir ce magasin.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Ouvrez-le en lecture seule pour voir ce qu&apos;il contient (rien ne peut alors être modifié), restaurez une sauvegarde dans un nouveau magasin, ouvrez-en un autre ou explorez la démonstration.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;That store could not be opened.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Restore a backup into a new store, open another one, or explore the demo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Impossible d&apos;ouvrir ce magasin.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Restaurez une sauvegarde dans un nouveau magasin, ouvrez-en un autre ou explorez la démonstration.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restoring and verifying…</source>
        <translation>Restauration et vérification…</translation>
    </message>
</context>
<context>
    <name>eventdesk::gui::WorkflowsTab</name>
    <message>
        <source>The workflow definitions could not be read: %1</source>
        <translation>Impossible de lire les définitions de flux de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Workflow definition</source>
        <translation>Définition de flux de travail</translation>
    </message>
    <message>
        <source>Workflow definitions (*.json)</source>
        <translation>Définitions de flux de travail (*.json)</translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::DeadLetters</name>
    <message>
        <source>Dead letter %1 was already retried by %2 at %3; nothing was done.</source>
        <translation>La lettre morte %1 a déjà été relancée par %2 le %3&#xa0;; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Dead letter %1 was already edited and retried by %2 at %3; nothing was done.</source>
        <translation>La lettre morte %1 a déjà été modifiée et relancée par %2 le %3&#xa0;; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Dead letter %1 was already discarded by %2 at %3; nothing was done.</source>
        <translation>La lettre morte %1 a déjà été abandonnée par %2 le %3&#xa0;; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Dead letter %1 was resolved by someone else meanwhile; nothing was done. &quot;eventdesk-cli dlq show %1&quot; shows how.</source>
        <translation>La lettre morte %1 a été résolue entre-temps par quelqu&apos;un d&apos;autre&#xa0;; rien n&apos;a été fait. «&#xa0;eventdesk-cli dlq show %1&#xa0;» indique comment.</translation>
    </message>
    <message>
        <source>There is no dead letter %1; &quot;eventdesk-cli dlq list&quot; shows the parked ones.</source>
        <translation>Il n&apos;existe pas de lettre morte %1&#xa0;; «&#xa0;eventdesk-cli dlq list&#xa0;» affiche celles qui sont mises de côté.</translation>
    </message>
    <message>
        <source>dead letter %1</source>
        <translation>lettre morte %1</translation>
    </message>
    <message>
        <source>retry a dead letter</source>
        <translation>relancer une lettre morte</translation>
    </message>
    <message>
        <source>retry all dead letters</source>
        <translation>relancer toutes les lettres mortes</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) would be retried; nothing was done. Confirm to retry them.</source>
        <translation>
            <numerusform>%n lettre morte serait relancée&#xa0;; rien n&apos;a été fait. Confirmez pour la relancer.</numerusform>
            <numerusform>%n lettres mortes seraient relancées&#xa0;; rien n&apos;a été fait. Confirmez pour les relancer.</numerusform>
        </translation>
    </message>
    <message>
        <source>edit a dead letter</source>
        <translation>modifier une lettre morte</translation>
    </message>
    <message>
        <source>The edited payload names the service &quot;%1&quot;, but dead letter %2 was for %3; a message keeps its service.</source>
        <translation>La charge utile modifiée désigne le service «&#xa0;%1&#xa0;», mais la lettre morte %2 concernait %3&#xa0;; un message conserve son service.</translation>
    </message>
    <message>
        <source>The edited payload cannot be sent: %1</source>
        <translation>La charge utile modifiée ne peut pas être envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>discard a dead letter</source>
        <translation>abandonner une lettre morte</translation>
    </message>
    <message>
        <source>Say why the dead letter is discarded (a reason is required).</source>
        <translation>Indiquez pourquoi la lettre morte est abandonnée (un motif est obligatoire).</translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::Dispatcher</name>
    <message>
        <source>prepare the dispatcher</source>
        <translation>préparer le répartiteur</translation>
    </message>
    <message>
        <source>record deliveries</source>
        <translation>enregistrer les livraisons</translation>
    </message>
    <message>
        <source>record a delivery</source>
        <translation>enregistrer une livraison</translation>
    </message>
    <message>
        <source>park a dead letter</source>
        <translation>mettre de côté une lettre morte</translation>
    </message>
    <message>
        <source>look for messages to send</source>
        <translation>chercher des messages à envoyer</translation>
    </message>
    <message>
        <source>claim messages</source>
        <translation>réserver des messages</translation>
    </message>
    <message>
        <source>%1 messages were to be claimed, but %2 were.</source>
        <translation>%1 messages devaient être réservés, mais %2 l&apos;ont été.</translation>
    </message>
    <message>
        <source>renew the claims</source>
        <translation>renouveler les réservations</translation>
    </message>
    <message>
        <source>The write was lost.</source>
        <translation>L&apos;écriture a été perdue.</translation>
    </message>
    <message>
        <source>The message cannot be sent: %1</source>
        <translation>Le message ne peut pas être envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No service named &quot;%1&quot; is known.</source>
        <translation>Aucun service nommé «&#xa0;%1&#xa0;» n&apos;est connu.</translation>
    </message>
    <message>
        <source>The circuit breaker of %1 is open.</source>
        <translation>Le disjoncteur de %1 est ouvert.</translation>
    </message>
    <message>
        <source>The service adapter gave no answer.</source>
        <translation>L&apos;adaptateur de service n&apos;a donné aucune réponse.</translation>
    </message>
    <message>
        <source>The service answered %1.</source>
        <translation>Le service a répondu %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Aucune réponse dans les %1 secondes.</translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::DispatcherBench</name>
    <message>
        <source>The dispatcher benchmark needs at least one message.</source>
        <translation>Le banc d&apos;essai du répartiteur nécessite au moins un message.</translation>
    </message>
    <message>
        <source>No temporary folder for the dispatcher benchmark.</source>
        <translation>Aucun dossier temporaire pour le banc d&apos;essai du répartiteur.</translation>
    </message>
    <message>
        <source>The dispatcher delivered %1 of %2 messages in time (%3 did not go through at once).</source>
        <translation>Le répartiteur a livré %1 messages sur %2 à temps (%3 ne sont pas passés du premier coup).</translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::Inbox</name>
    <message>
        <source>A message is processed once per handler: both need a name.</source>
        <translation>Un message est traité une fois par gestionnaire&#xa0;: les deux ont besoin d&apos;un nom.</translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::Messages</name>
    <message>
        <source>The message names no service (&quot;service&quot;).</source>
        <translation>Le message ne désigne aucun service («&#xa0;service&#xa0;»).</translation>
    </message>
    <message>
        <source>The message names no operation (&quot;operation&quot;).</source>
        <translation>Le message ne désigne aucune opération («&#xa0;operation&#xa0;»).</translation>
    </message>
    <message>
        <source>The message has no idempotency key (&quot;idempotencyKey&quot;).</source>
        <translation>Le message n&apos;a pas de clé d&apos;idempotence («&#xa0;idempotencyKey&#xa0;»).</translation>
    </message>
    <message>
        <source>The message&apos;s &quot;correlationId&quot; is not text.</source>
        <translation>Le «&#xa0;correlationId&#xa0;» du message n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>The message&apos;s &quot;body&quot; is not a JSON object.</source>
        <translation>Le «&#xa0;body&#xa0;» du message n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>Le message n&apos;est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>eventdesk::messaging::RetryPolicy</name>
    <message>
        <source>a permanent error: no retry</source>
        <translation>une erreur permanente&#xa0;: pas de nouvelle tentative</translation>
    </message>
    <message>
        <source>%1 attempts over %2 hours failed</source>
        <translation>%1 tentatives sur %2 heures ont échoué</translation>
    </message>
    <message>
        <source>A retry policy needs at least one attempt.</source>
        <translation>Une politique de nouvelles tentatives nécessite au moins une tentative.</translation>
    </message>
    <message>
        <source>A retry policy&apos;s longest backoff must be at least its first.</source>
        <translation>Le délai d&apos;attente maximal d&apos;une politique de nouvelles tentatives doit être au moins égal au premier.</translation>
    </message>
    <message>
        <source>A retry policy&apos;s backoff multiplier must be at least 1.</source>
        <translation>Le multiplicateur de délai d&apos;une politique de nouvelles tentatives doit être au moins 1.</translation>
    </message>
    <message>
        <source>A retry policy&apos;s jitter must be between 0 and 1.</source>
        <translation>La gigue d&apos;une politique de nouvelles tentatives doit être comprise entre 0 et 1.</translation>
    </message>
    <message>
        <source>A retry policy&apos;s times cannot be negative.</source>
        <translation>Les durées d&apos;une politique de nouvelles tentatives ne peuvent pas être négatives.</translation>
    </message>
</context>
<context>
    <name>eventdesk::projections</name>
    <message>
        <source>prepare a read model query</source>
        <translation>préparer une requête de modèle de lecture</translation>
    </message>
    <message>
        <source>update the read models</source>
        <translation>mettre à jour les modèles de lecture</translation>
    </message>
    <message>
        <source>read events</source>
        <translation>lire les événements</translation>
    </message>
    <message>
        <source>The read models were not rebuilt: cancelled. They are as they were before.</source>
        <translation>Les modèles de lecture n&apos;ont pas été reconstruits&#xa0;: annulé. Ils sont tels qu&apos;avant.</translation>
    </message>
    <message>
        <source>Catching up the read models was cancelled at position %1; the next catch-up goes on from there.</source>
        <translation>Le rattrapage des modèles de lecture a été annulé à la position %1&#xa0;; le prochain rattrapage reprendra à partir de là.</translation>
    </message>
    <message>
        <source>There is no read model named &quot;%1&quot;; use one of %2.</source>
        <translation>Il n&apos;existe pas de modèle de lecture nommé «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;un de %2.</translation>
    </message>
    <message>
        <source> or inbox</source>
        <translation> ou inbox</translation>
    </message>
    <message>
        <source>The store %1 cannot be read.</source>
        <translation>Impossible de lire le magasin %1.</translation>
    </message>
    <message>
        <source>read the read models</source>
        <translation>lire les modèles de lecture</translation>
    </message>
</context>
<context>
    <name>eventdesk::services</name>
    <message>
        <source>use up, down, flaky:RATE (RATE from 0 to 1, e.g. flaky:0.3) or slow:MS (e.g. slow:250)</source>
        <translation>utilisez up, down, flaky:RATE (RATE de 0 à 1, p. ex. flaky:0.3) ou slow:MS (p. ex. slow:250)</translation>
    </message>
    <message>
        <source>read the services</source>
        <translation>lire les services</translation>
    </message>
    <message>
        <source>There is no service named &quot;%1&quot;; the services are %2.</source>
        <translation>Il n&apos;existe pas de service nommé «&#xa0;%1&#xa0;»&#xa0;; les services sont %2.</translation>
    </message>
    <message>
        <source>The failure rate of flaky must be from 0 to 1, e.g. flaky:0.3.</source>
        <translation>Le taux d&apos;échec de flaky doit être compris entre 0 et 1, p. ex. flaky:0.3.</translation>
    </message>
    <message>
        <source>The delay of slow must be from 0 to %1 milliseconds.</source>
        <translation>Le délai de slow doit être compris entre 0 et %1 millisecondes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no mode; %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un mode&#xa0;; %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no http:// or https:// URL with a host.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http:// ou https:// avec un hôte.</translation>
    </message>
    <message>
        <source>A service URL may not hold a user name or password; credentials are kept out of the store (see docs/SERVICES.md).</source>
        <translation>Une URL de service ne peut pas contenir de nom d&apos;utilisateur ni de mot de passe&#xa0;; les identifiants sont tenus hors du magasin (voir docs/SERVICES.md).</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for a loopback address (127.0.0.1, ::1, localhost); use https:// for %1.</source>
        <translation>Le http:// simple n&apos;est autorisé que pour une adresse de bouclage (127.0.0.1, ::1, localhost)&#xa0;; utilisez https:// pour %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service URL; give an absolute https:// URL (http:// only for a loopback address), or &quot;simulated&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de service&#xa0;; indiquez une URL https:// absolue (http:// uniquement pour une adresse de bouclage), ou «&#xa0;simulated&#xa0;».</translation>
    </message>
    <message>
        <source>The store %1 cannot be read.</source>
        <translation>Impossible de lire le magasin %1.</translation>
    </message>
    <message>
        <source>the admin role is required</source>
        <translation>le rôle admin est requis</translation>
    </message>
    <message>
        <source>change the mode of the %1 service</source>
        <translation>modifier le mode du service %1</translation>
    </message>
    <message>
        <source>change the URL of the %1 service</source>
        <translation>modifier l&apos;URL du service %1</translation>
    </message>
    <message>
        <source>An adapter is &quot;simulated&quot; or &quot;http&quot;.</source>
        <translation>Un adaptateur est «&#xa0;simulated&#xa0;» ou «&#xa0;http&#xa0;».</translation>
    </message>
    <message>
        <source>change the timeout of the %1 service</source>
        <translation>modifier le délai d&apos;expiration du service %1</translation>
    </message>
    <message>
        <source>A timeout must be from %1 to %2 milliseconds.</source>
        <translation>Un délai d&apos;expiration doit être compris entre %1 et %2 millisecondes.</translation>
    </message>
    <message>
        <source>A queue plot needs whole-second steps, at most 100000 of them, not a window of %1 ms in steps of %2 ms.</source>
        <translation>Un graphique de file nécessite des pas en secondes entières, 100000 au maximum, et non une fenêtre de %1 ms par pas de %2 ms.</translation>
    </message>
</context>
<context>
    <name>eventdesk::services::HttpAdapter</name>
    <message>
        <source>The %1 service is not called: %2</source>
        <translation>Le service %1 n&apos;est pas appelé&#xa0;: %2</translation>
    </message>
    <message>
        <source>A call to %1 needs an idempotency key of 1 to 255 printable ASCII characters.</source>
        <translation>Un appel à %1 nécessite une clé d&apos;idempotence de 1 à 255 caractères ASCII imprimables.</translation>
    </message>
    <message>
        <source>The correlation id of a call to %1 must be 1 to 255 printable ASCII characters.</source>
        <translation>L&apos;identifiant de corrélation d&apos;un appel à %1 doit comporter de 1 à 255 caractères ASCII imprimables.</translation>
    </message>
    <message>
        <source>An amount is sent as a decimal string, never as a number.</source>
        <translation>Un montant est envoyé sous forme de chaîne décimale, jamais sous forme de nombre.</translation>
    </message>
    <message>
        <source>The %1 service answered %2; the call will be tried again.</source>
        <translation>Le service %1 a répondu %2&#xa0;; l&apos;appel sera retenté.</translation>
    </message>
    <message>
        <source>The %1 service refused the call with %2: %3</source>
        <translation>Le service %1 a refusé l&apos;appel avec %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The %1 service did not answer within %2 ms.</source>
        <translation>Le service %1 n&apos;a pas répondu dans les %2 ms.</translation>
    </message>
    <message>
        <source>The %1 service could not be reached: %2</source>
        <translation>Le service %1 est injoignable&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>eventdesk::services::SimulatedAdapter</name>
    <message>
        <source>A call for the %1 service reached the %2 adapter.</source>
        <translation>Un appel destiné au service %1 est parvenu à l&apos;adaptateur %2.</translation>
    </message>
    <message>
        <source>A call to %1 needs an idempotency key.</source>
        <translation>Un appel à %1 nécessite une clé d&apos;idempotence.</translation>
    </message>
    <message>
        <source>The %1 service is down (simulated).</source>
        <translation>Le service %1 est en panne (simulé).</translation>
    </message>
    <message>
        <source>The %1 service failed this call (simulated, flaky).</source>
        <translation>Le service %1 a fait échouer cet appel (simulé, instable).</translation>
    </message>
    <message>
        <source>record a simulated call</source>
        <translation>enregistrer un appel simulé</translation>
    </message>
    <message>
        <source>The simulated %1 service could not record the call: %2</source>
        <translation>Le service simulé %1 n&apos;a pas pu enregistrer l&apos;appel&#xa0;: %2</translation>
    </message>
    <message>
        <source>The idempotency key %1 was used before with a different request (simulated %2 service).</source>
        <translation>La clé d&apos;idempotence %1 a déjà été utilisée avec une requête différente (service simulé %2).</translation>
    </message>
</context>
<context>
    <name>eventdesk::workflow</name>
    <message>
        <source>The %1 workflow has no definition version %2 here; its handlers cannot act on %3.</source>
        <translation>Le flux de travail %1 n&apos;a pas de version de définition %2 ici&#xa0;; ses gestionnaires ne peuvent pas agir sur %3.</translation>
    </message>
    <message>
        <source>The %1 workflow has no definition version %2 here, so its saga cannot go on; load that version.</source>
        <translation>Le flux de travail %1 n&apos;a pas de version de définition %2 ici&#xa0;: sa saga ne peut donc pas continuer&#xa0;; chargez cette version.</translation>
    </message>
    <message>
        <source>The saga of %1 did not settle after %2 steps.</source>
        <translation>La saga de %1 ne s&apos;est pas stabilisée après %2 étapes.</translation>
    </message>
    <message>
        <source>The %1 service refused the call for good.</source>
        <translation>Le service %1 a refusé l&apos;appel définitivement.</translation>
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
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>missing field</source>
        <translation>champ manquant</translation>
    </message>
    <message>
        <source>wrong type: expected %1, found %2</source>
        <translation>type incorrect&#xa0;: %1 attendu, %2 trouvé</translation>
    </message>
    <message>
        <source>unknown field %1; the fields here are %2</source>
        <translation>champ inconnu %1&#xa0;; les champs ici sont %2</translation>
    </message>
    <message>
        <source>too long: at most %1 characters</source>
        <translation>trop long&#xa0;: %1 caractères au maximum</translation>
    </message>
    <message>
        <source>%1 is not a valid name: use lower-case letters, digits and single hyphens, starting with a letter, at most %2 characters</source>
        <translation>%1 n&apos;est pas un nom valide&#xa0;: utilisez des lettres minuscules, des chiffres et des traits d&apos;union isolés, en commençant par une lettre, %2 caractères au maximum</translation>
    </message>
    <message>
        <source>a number of hours</source>
        <translation>un nombre d&apos;heures</translation>
    </message>
    <message>
        <source>a deadline must be more than 0 hours, not %1</source>
        <translation>une échéance doit être supérieure à 0 heure, et non %1</translation>
    </message>
    <message>
        <source>a deadline must be at most %1 hours (a year), not %2</source>
        <translation>une échéance doit être d&apos;au plus %1 heures (un an), et non %2</translation>
    </message>
    <message>
        <source>no one could act: list at least one role</source>
        <translation>personne ne pourrait agir&#xa0;: indiquez au moins un rôle</translation>
    </message>
    <message>
        <source>a role name</source>
        <translation>un nom de rôle</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 figure deux fois</translation>
    </message>
    <message>
        <source>unknown role %1; use one of %2, or %3</source>
        <translation>rôle inconnu %1&#xa0;; utilisez l&apos;un de %2, ou %3</translation>
    </message>
    <message>
        <source>no one would hear of it: list at least one recipient</source>
        <translation>personne n&apos;en serait informé&#xa0;: indiquez au moins un destinataire</translation>
    </message>
    <message>
        <source>a recipient</source>
        <translation>un destinataire</translation>
    </message>
    <message>
        <source>unknown recipient %1; use a role name, %2, %3 or %4</source>
        <translation>destinataire inconnu %1&#xa0;; utilisez un nom de rôle, %2, %3 ou %4</translation>
    </message>
    <message>
        <source>unknown service %1; the services are %2</source>
        <translation>service inconnu %1&#xa0;; les services sont %2</translation>
    </message>
    <message>
        <source>the %1 service has no operation %2; it offers %3</source>
        <translation>le service %1 n&apos;a pas d&apos;opération %2&#xa0;; il propose %3</translation>
    </message>
    <message>
        <source>a rejection always needs a reason; set reasonRequired to true or leave it out</source>
        <translation>un refus exige toujours un motif&#xa0;; définissez reasonRequired à true ou omettez-le</translation>
    </message>
    <message>
        <source>nobody approves their own request: %1 cannot approve</source>
        <translation>personne n&apos;approuve sa propre demande&#xa0;: %1 ne peut pas approuver</translation>
    </message>
    <message>
        <source>unknown kind %1; use approval, task, service or handler</source>
        <translation>type inconnu %1&#xa0;; utilisez approval, task, service ou handler</translation>
    </message>
    <message>
        <source>a %1 step has no actions: people do not act on it</source>
        <translation>une étape %1 n&apos;a pas d&apos;actions&#xa0;: personne n&apos;agit dessus</translation>
    </message>
    <message>
        <source>the step could never end: offer at least one action</source>
        <translation>l&apos;étape ne pourrait jamais se terminer&#xa0;: proposez au moins une action</translation>
    </message>
    <message>
        <source>duplicate action %1 in this step</source>
        <translation>action %1 en double dans cette étape</translation>
    </message>
    <message>
        <source>only approval steps apply approval limits, this is a %1 step</source>
        <translation>seules les étapes d&apos;approbation appliquent des plafonds d&apos;approbation&#xa0;; celle-ci est une étape %1</translation>
    </message>
    <message>
        <source>only service and handler steps call services, this is a %1 step</source>
        <translation>seules les étapes service et handler appellent des services&#xa0;; celle-ci est une étape %1</translation>
    </message>
    <message>
        <source>a compensation for a step without a service call: there is nothing to undo</source>
        <translation>une compensation pour une étape sans appel de service&#xa0;: il n&apos;y a rien à annuler</translation>
    </message>
    <message>
        <source>the compensation must call the service of the step it undoes (%1), not %2</source>
        <translation>la compensation doit appeler le service de l&apos;étape qu&apos;elle annule (%1), et non %2</translation>
    </message>
    <message>
        <source>the compensation repeats the step&apos;s own operation %1 instead of undoing it</source>
        <translation>la compensation répète l&apos;opération %1 de l&apos;étape au lieu de l&apos;annuler</translation>
    </message>
    <message>
        <source>only handler steps can be optional, this is a %1 step</source>
        <translation>seules les étapes handler peuvent être facultatives&#xa0;; celle-ci est une étape %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>the version must be a whole number from 1 to %1, not %2</source>
        <translation>la version doit être un nombre entier de 1 à %1, et non %2</translation>
    </message>
    <message>
        <source>unknown coordination %1; use orchestrated or choreographed</source>
        <translation>coordination inconnue %1&#xa0;; utilisez orchestrated ou choreographed</translation>
    </message>
    <message>
        <source>%1 means the person who submitted the request, which nobody is before submitting; name roles</source>
        <translation>%1 désigne la personne qui a soumis la demande, ce que personne n&apos;est avant la soumission&#xa0;; indiquez des rôles</translation>
    </message>
    <message>
        <source>bad limit: %1</source>
        <translation>plafond incorrect&#xa0;: %1</translation>
    </message>
    <message>
        <source>a workflow needs at least one step</source>
        <translation>un flux de travail nécessite au moins une étape</translation>
    </message>
    <message>
        <source>duplicate step id %1 (also steps[%2])</source>
        <translation>identifiant d&apos;étape %1 en double (également steps[%2])</translation>
    </message>
    <message>
        <source>handler steps belong to choreographed workflows; this one is orchestrated</source>
        <translation>les étapes handler appartiennent aux flux de travail chorégraphiés&#xa0;; celui-ci est orchestré</translation>
    </message>
    <message>
        <source>a choreographed workflow has only handler steps</source>
        <translation>un flux de travail chorégraphié n&apos;a que des étapes handler</translation>
    </message>
    <message>
        <source>missing field: the step %1 applies approval limits, so the definition needs a default limit for managers without their own</source>
        <translation>champ manquant&#xa0;: l&apos;étape %1 applique des plafonds d&apos;approbation, la définition nécessite donc un plafond par défaut pour les responsables qui n&apos;en ont pas</translation>
    </message>
    <message>
        <source>unknown workflow %1; EventDesk carries out %2</source>
        <translation>flux de travail inconnu %1&#xa0;; EventDesk exécute %2</translation>
    </message>
    <message>
        <source>the %1 workflow is %2</source>
        <translation>le flux de travail %1 est %2</translation>
    </message>
    <message>
        <source>missing the step %1; the %2 workflow&apos;s steps are %3, in this order</source>
        <translation>étape %1 manquante&#xa0;; les étapes du flux de travail %2 sont %3, dans cet ordre</translation>
    </message>
    <message>
        <source>expected the step %1 here; the %2 workflow&apos;s steps are %3, in this order</source>
        <translation>étape %1 attendue ici&#xa0;; les étapes du flux de travail %2 sont %3, dans cet ordre</translation>
    </message>
    <message>
        <source>the %1 workflow has no step %2; its steps are %3</source>
        <translation>le flux de travail %1 n&apos;a pas d&apos;étape %2&#xa0;; ses étapes sont %3</translation>
    </message>
    <message>
        <source>the step %1 of the %2 workflow is a %3 step</source>
        <translation>l&apos;étape %1 du flux de travail %2 est une étape %3</translation>
    </message>
    <message>
        <source>the step %1 cannot %2; it knows %3</source>
        <translation>l&apos;étape %1 ne peut pas %2&#xa0;; elle connaît %3</translation>
    </message>
    <message>
        <source>the step %1 must offer %2, or it could never end</source>
        <translation>l&apos;étape %1 doit proposer %2, sinon elle ne pourrait jamais se terminer</translation>
    </message>
    <message>
        <source>the step %1 of the %2 workflow calls no service</source>
        <translation>l&apos;étape %1 du flux de travail %2 n&apos;appelle aucun service</translation>
    </message>
    <message>
        <source>missing field: the step %1 calls the %2 service</source>
        <translation>champ manquant&#xa0;: l&apos;étape %1 appelle le service %2</translation>
    </message>
    <message>
        <source>the step %1 must call the %2 service, not %3</source>
        <translation>l&apos;étape %1 doit appeler le service %2, et non %3</translation>
    </message>
    <message>
        <source>the step %1 of the %2 workflow has no compensation: nothing after it could fail</source>
        <translation>l&apos;étape %1 du flux de travail %2 n&apos;a pas de compensation&#xa0;: rien ne pourrait échouer après elle</translation>
    </message>
    <message>
        <source>missing field: the step %1 needs a compensation that undoes %2</source>
        <translation>champ manquant&#xa0;: l&apos;étape %1 nécessite une compensation qui annule %2</translation>
    </message>
    <message>
        <source>the submitter</source>
        <translation>le demandeur</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>not valid JSON, or not a JSON object: a workflow definition is a JSON object, starting with {</source>
        <translation>JSON non valide, ou pas un objet JSON&#xa0;: une définition de flux de travail est un objet JSON, commençant par {</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>JSON non valide&#xa0;: %1 à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>a workflow definition is a JSON object, not %1</source>
        <translation>une définition de flux de travail est un objet JSON, et non %1</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>une valeur unique</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>this is a folder; give a workflow definition file</source>
        <translation>ceci est un dossier&#xa0;; indiquez un fichier de définition de flux de travail</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>too large for a workflow definition (more than %1 bytes)</source>
        <translation>trop volumineux pour une définition de flux de travail (plus de %1 octets)</translation>
    </message>
    <message>
        <source>the shipped definition of the %1 workflow is missing from %2</source>
        <translation>la définition fournie du flux de travail %1 est absente de %2</translation>
    </message>
    <message>
        <source>unknown workflow %1; use one of %2</source>
        <translation>flux de travail inconnu %1&#xa0;; utilisez l&apos;un de %2</translation>
    </message>
</context>
<context>
    <name>eventdesk::workflow::DefinitionRegistry</name>
    <message>
        <source>The definition recorded at position %1 of %2 cannot be read by this version: %3</source>
        <translation>La définition enregistrée à la position %1 de %2 ne peut pas être lue par cette version&#xa0;: %3</translation>
    </message>
    <message>
        <source>load a workflow definition</source>
        <translation>charger une définition de flux de travail</translation>
    </message>
    <message>
        <source>the admin role is required</source>
        <translation>le rôle admin est requis</translation>
    </message>
    <message>
        <source>%1: version %2 of the %3 workflow is not newer than the current version %4; give the definition a higher version.</source>
        <translation>%1&#xa0;: la version %2 du flux de travail %3 n&apos;est pas plus récente que la version actuelle %4&#xa0;; donnez à la définition une version supérieure.</translation>
    </message>
    <message>
        <source>%1: unknown workflow &quot;%2&quot;; use one of %3</source>
        <translation>%1&#xa0;: flux de travail inconnu «&#xa0;%2&#xa0;»&#xa0;; utilisez l&apos;un de %3</translation>
    </message>
    <message>
        <source>Another administrator kept loading definitions at the same time; try again.</source>
        <translation>Un autre administrateur chargeait des définitions en même temps&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>security::NewStore</name>
    <message>
        <source>%1 already exists; a new store needs a path that holds no file.</source>
        <translation>%1 existe déjà&#xa0;; un nouveau magasin nécessite un chemin où ne se trouve aucun fichier.</translation>
    </message>
</context>
</TS>

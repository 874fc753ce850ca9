<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Om dialogtool</source>
        <translation>About dialogtool</translation>
    </message>
    <message>
        <source>Møder og skabeloner</source>
        <translation>Meetings and templates</translation>
    </message>
    <message>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Logfiler</source>
        <translation>Log files</translation>
    </message>
    <message>
        <source>Mellemlager (kan genskabes)</source>
        <translation>Cache (can be recreated)</translation>
    </message>
</context>
<context>
    <name>ActionsDialog</name>
    <message>
        <source>Handlinger på tværs af møder</source>
        <translation>Actions across meetings</translation>
    </message>
    <message>
        <source>Handlingen blev ikke ændret</source>
        <translation>The action was not changed</translation>
    </message>
    <message>
        <source>Kun overskredne</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Ansvarlig:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Ingen handlinger at vise. Handlinger aftales i mødets fase »Handlinger« – eller et filter ovenfor skjuler dem.</source>
        <translation>No actions to show. Actions are agreed in the meeting&apos;s “Actions” phase – or a filter above hides them.</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Handling</source>
        <extracomment>The value a column sorts by (dates as ISO text, so they sort as dates). Today, for &quot;overdue&quot;; tests set it.</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sidst fulgt op</source>
        <translation>Last followed up</translation>
    </message>
    <message>
        <source>Nøgletal</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source> (overskredet)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>Handlingen findes ikke længere i sit møde.</source>
        <translation>The action no longer exists in its meeting.</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Handlinger</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Konkrete aftaler: hvad er første skridt, hvem gør hvad, og hvornår følger vi op?</source>
        <translation>Concrete agreements: what is the first step, who does what, and when do we follow up?</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nøgletal</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>ny handling</source>
        <translation>new action</translation>
    </message>
    <message>
        <source>Tilføj handling</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Slet handling</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <source>Vi følger op den</source>
        <translation>We follow up on</translation>
    </message>
    <message>
        <source>slet handling &apos;%1&apos;</source>
        <translation>delete action &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(intet)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>fx %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>opfølgningsdato</source>
        <translation>follow-up date</translation>
    </message>
    <message>
        <source>Opfølgningen ligger før den seneste frist (%1).</source>
        <translation>The follow-up is before the latest due date (%1).</translation>
    </message>
    <message>
        <source>Efter den seneste frist (%1).</source>
        <translation>After the latest due date (%1).</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Formål</source>
        <extracomment>A restyle asked for while hidden, done when the window is shown. How much the type is set down so that the slide&apos;s texts fit whole (``fit``). The chart of each view, made when the room first sees that view. (view, snapshot, team) the slide shows, and what each view&apos;s chart last drew; snapshots are immutable once taken, so an equal pair needs no drawing.</extracomment>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Udbytte</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Lederens perspektiv</source>
        <translation>The leader&apos;s perspective</translation>
    </message>
    <message>
        <source>Lederen sætter retningen</source>
        <translation>The leader sets the direction</translation>
    </message>
    <message>
        <source>Undersøg: hvordan når vi derhen?</source>
        <translation>Explore: how do we get there?</translation>
    </message>
    <message>
        <source>Lederens retning</source>
        <translation>The leader&apos;s direction</translation>
    </message>
    <message>
        <source>Trin 2 af 3 · Lederen giver sit perspektiv</source>
        <extracomment>How to join from a phone, and the room&apos;s answers once revealed (issue 21).</extracomment>
        <translation>Step 2 of 3 · The leader gives their perspective</translation>
    </message>
    <message>
        <source>dialogtool – den fælles skærm</source>
        <extracomment>The chart&apos;s least share of the window&apos;s height; the texts fit around it. Point sizes at 1024×768 and scale 1.0. Where each field of the game board sits: columns external/internal, rows collective/individual. Tomm&apos;s 2×2: clarity and action on top, reflection below; orienting left, influencing right. A new slide is on the room&apos;s screen (the presentation log listens).</extracomment>
        <translation>dialogtool – the shared screen</translation>
    </message>
    <message>
        <source>Rækkefølgen i runden</source>
        <translation>Speaking order in the round</translation>
    </message>
    <message>
        <source>Grupper</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Handlinger</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Trin 3 af 3 · Undersøg igen: giver det mening?</source>
        <translation>Step 3 of 3 · Explore again: does it make sense?</translation>
    </message>
    <message>
        <source> (står over)</source>
        <translation> (passes)</translation>
    </message>
    <message>
        <source>Gruppe %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>I grupper – bagefter samler vi op</source>
        <translation>In groups – afterwards we gather up</translation>
    </message>
    <message>
        <source>Ingen handlinger fra tidligere møder at følge op på – vi går videre.</source>
        <translation>No actions from earlier meetings to follow up on – we move on.</translation>
    </message>
    <message>
        <source>Vi følger op den %1</source>
        <translation>We follow up on %1</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Papirkurv</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Slettede møder. Et gendannet møde vises igen på forsiden.</source>
        <translation>Deleted meetings. A restored meeting appears on the start page again.</translation>
    </message>
    <message>
        <source>Møder i papirkurven</source>
        <translation>Meetings in the bin</translation>
    </message>
    <message>
        <source>Papirkurven er tom. Et slettet møde ligger her, til du gendanner det.</source>
        <translation>The bin is empty. A deleted meeting stays here until you restore it.</translation>
    </message>
    <message>
        <source>Gendan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>%1 – slettet %2</source>
        <translation>%1 – deleted %2</translation>
    </message>
    <message>
        <source>Mødet kunne ikke gendannes</source>
        <translation>The meeting could not be restored</translation>
    </message>
    <message>
        <source>Der findes allerede et møde med samme id; det overskrives ikke.</source>
        <translation>A meeting with the same id already exists; it is not overwritten.</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>+%1 flere</source>
        <extracomment>Type sizes tried between the full and the least, each this share of the one before. A field&apos;s border (the room&apos;s style sheet) and its layout&apos;s margins, left and top.</extracomment>
        <translation>+%1 more</translation>
    </message>
</context>
<context>
    <name>BoundedIntDelegate</name>
    <message>
        <source>Mellem %1 og %2</source>
        <extracomment>A cell is edited on purpose: a double click, a click on the chosen cell, F2 - or Enter.</extracomment>
        <translation>Between %1 and %2</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Median af %1</source>
        <extracomment>The height a chart asks its layout for at least. Only asked (a size hint), never forced: on a 96-dpi laptop the texts under the leader&apos;s chart took more than the window had, the layout gave the chart less than a forced minimum, and its foot - the x axis with Forrige, Seneste and Mål - was cut off. A chart as tall as the room it gets keeps its axes whole.</extracomment>
        <translation>Median of %1</translation>
    </message>
    <message>
        <source>Median af de øvrige %1 grupper</source>
        <translation>Median of the other %1 groups</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>(alle)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>højere er bedre</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>lavere er bedre</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>Udviklingen som tabel</source>
        <translation>The trend as a table</translation>
    </message>
</context>
<context>
    <name>ChartTablePage</name>
    <message>
        <source>%1 – udviklingen som tabel</source>
        <translation>%1 – the trend as a table</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>(alle)</source>
        <extracomment>Above this many bars the values are read from the axis, not written on each bar. (group, value) as drawn, for tests and the record.</extracomment>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Median af %1 øvrige</source>
        <translation>Median of %1 others</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>CoverageMeter</name>
    <message>
        <source>Brugt i mødet: %1 af 4 typer</source>
        <extracomment>(row, column) of each quadrant, as on the question page.</extracomment>
        <translation>Used in the meeting: %1 of 4 types</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Brugte spørgsmålstyper: %1</source>
        <translation>Question types used: %1</translation>
    </message>
</context>
<context>
    <name>DataController</name>
    <message>
        <source>Indlæs data</source>
        <extracomment>A dataset is to be shown from now on; carries the described ``Dataset``. A loaded dataset was kept (or keeping it failed: carries False). The landscape in use: the open meeting&apos;s team&apos;s, else the one edited last.</extracomment>
        <translation>Import data</translation>
    </message>
    <message>
        <source>Dataeksporter (%1);;Alle filer (*)</source>
        <translation>Data exports (%1);;All files (*)</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Data i kontekst</source>
        <translation>Data in context</translation>
    </message>
    <message>
        <source>Indlæs data …</source>
        <translation>Import data …</translation>
    </message>
    <message>
        <source>Indlæs en dataeksport (CSV, Excel eller ODS)</source>
        <translation>Import a data export (CSV, Excel or ODS)</translation>
    </message>
    <message>
        <source>UGU – undersøg, giv, undersøg</source>
        <translation>UGU – explore, give, explore</translation>
    </message>
    <message>
        <source>2. Dit perspektiv</source>
        <translation>2. Your perspective</translation>
    </message>
    <message>
        <source>3. Undersøg igen</source>
        <translation>3. Explore again</translation>
    </message>
    <message>
        <source>1. Undersøg</source>
        <translation>1. Explore</translation>
    </message>
    <message>
        <source>Nøgletal</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Giv dit perspektiv →</source>
        <translation>Give your perspective →</translation>
    </message>
    <message>
        <source>Undersøg igen →</source>
        <translation>Explore again →</translation>
    </message>
    <message>
        <source>det teamet bemærker om &apos;%1&apos;</source>
        <translation>what the team notices about &apos;%1&apos;</translation>
    </message>
    <message>
        <source>dit perspektiv om &apos;%1&apos;</source>
        <translation>your perspective on &apos;%1&apos;</translation>
    </message>
    <message>
        <source>teamets svar om &apos;%1&apos;</source>
        <translation>the team&apos;s answer about &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Øvrige nøgletal</source>
        <translation>Other indicators</translation>
    </message>
    <message>
        <source>Intet datasæt er indlæst. Start med demodata eller indlæs en fil.</source>
        <translation>No dataset is loaded. Start with demo data or import a file.</translation>
    </message>
    <message>
        <source>Giv retningen først →</source>
        <translation>Give the direction first →</translation>
    </message>
    <message>
        <source>næste UGU-trin for »%1«</source>
        <translation>next UGU step for “%1”</translation>
    </message>
    <message>
        <source>højere er bedre</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>lavere er bedre</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>Trin 2 af 3: Du giver dit perspektiv</source>
        <translation>Step 2 of 3: You give your perspective</translation>
    </message>
    <message>
        <source>Trin 3 af 3: Undersøg igen – giver det mening, og hvordan?</source>
        <translation>Step 3 of 3: Explore again – does it make sense, and how?</translation>
    </message>
</context>
<context>
    <name>DatasetNotice</name>
    <message>
        <source>&amp;Indlæs den nye version</source>
        <extracomment>The leader wants the new version of a changed file: carries its path. The changed file whose new version the button loads.</extracomment>
        <translation>&amp;Import the new version</translation>
    </message>
    <message>
        <source>Luk beskeden</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <source>Filen %1 findes ikke længere, hvor den blev indlæst fra; alle nøgletal vises fra kopien gemt %2.</source>
        <translation>The file %1 is no longer where it was imported from; all indicators are shown from the copy saved %2.</translation>
    </message>
    <message>
        <source>Filen %1 er ændret, siden den blev indlæst %2; nøgletallene vises fra kopien gemt dengang.</source>
        <translation>The file %1 has changed since it was imported %2; the indicators are shown from the copy saved then.</translation>
    </message>
    <message>
        <source>&amp;Indlæs filen igen</source>
        <translation>&amp;Import the file again</translation>
    </message>
    <message>
        <source>Mødet er fra før data blev gemt med møderne: kun de viste nøgletal er med. Indlæs %1 igen for at se dem alle.</source>
        <translation>The meeting is from before data was saved with meetings: only the indicators shown are included. Import %1 again to see them all.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd.mm.åååå</source>
        <extracomment>The user settled on a date (typed, or picked in the calendar), or emptied the field. Why the text is not a date (&quot;&quot; once it is fine again).</extracomment>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Vælg i kalenderen</source>
        <translation>Choose in the calendar</translation>
    </message>
    <message>
        <source>»%1« er ikke en dato. Skriv fx 15.01.2027, 15.1.27 eller 15/1.</source>
        <translation>“%1” is not a date. Write e.g. 15.01.2027, 15.1.27 or 15/1.</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <source>Filtrér, fx et team eller en periode …</source>
        <translation>Filter, e.g. a team or a period …</translation>
    </message>
    <message>
        <source>Indlæs detaljeliste …</source>
        <translation>Import detail list …</translation>
    </message>
    <message>
        <source>En liste på individniveau bag tallet, fx borgere eller forløb</source>
        <translation>A list at individual level behind the number, e.g. citizens or cases</translation>
    </message>
    <message>
        <source>Vis tallene</source>
        <translation>Show the numbers</translation>
    </message>
    <message>
        <source>Tallene bag nøgletallet</source>
        <translation>The figures behind the indicator</translation>
    </message>
    <message>
        <source>Detaljeliste fra %1. Personoplysninger: vises kun her og gemmes ikke i mødet.</source>
        <extracomment>Detail lists loaded in this session, per indicator; never written anywhere.</extracomment>
        <translation>Detail list from %1. Personal data: shown only here and not saved in the meeting.</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Værdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Række i filen</source>
        <translation>Row in the file</translation>
    </message>
    <message>
        <source>Færre end %1 rækker – skjult, så ingen kan genkendes</source>
        <translation>Fewer than %1 rows – hidden so that no one can be identified</translation>
    </message>
    <message>
        <source>%1 rækker</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>%1 af %2 rækker</source>
        <translation>%1 of %2 rows</translation>
    </message>
    <message>
        <source>Indlæs detaljeliste</source>
        <translation>Import detail list</translation>
    </message>
    <message>
        <source>Lister (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;Alle filer (*)</source>
        <translation>Lists (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Læser %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <source>Listen kunne ikke læses: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>Detaljeliste</source>
        <translation>Detail list</translation>
    </message>
</context>
<context>
    <name>DirectionsModel</name>
    <message>
        <source>Nøgletal</source>
        <extracomment>Where the shown direction comes from: &quot;remembered&quot;, &quot;word&quot;, &quot;assumed&quot; or &quot;flipped&quot;.</extracomment>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Retning</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Mellemrum eller dobbeltklik vender retningen.</source>
        <translation>Space or double-click flips the direction.</translation>
    </message>
    <message>
        <source>▲ Højere er bedre</source>
        <translation>▲ Higher is better</translation>
    </message>
    <message>
        <source>▼ Lavere er bedre</source>
        <translation>▼ Lower is better</translation>
    </message>
    <message>
        <source>som I valgte sidst</source>
        <translation>as you chose last time</translation>
    </message>
    <message>
        <source>vendt af dig</source>
        <translation>flipped by you</translation>
    </message>
    <message>
        <source>foreslået ud fra ordet &apos;%1&apos;</source>
        <translation>suggested from the word &apos;%1&apos;</translation>
    </message>
    <message>
        <source>antaget – tjek den</source>
        <translation>assumed – check it</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Der skete en fejl</source>
        <extracomment>Saves what can be saved after an error; returns a sentence on whether work was lost.</extracomment>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>dialogtool stødte på en fejl, vi ikke havde forudset. Det, du var i gang med, blev måske ikke gjort færdigt – prøv gerne igen.</source>
        <translation>dialogtool ran into an error we had not foreseen. What you were doing may not have been finished – please try again.</translation>
    </message>
    <message>
        <source>Detaljerne siger kun, hvor i programmet fejlen skete – ingen noter, navne eller tal. Send dem gerne til den, der hjælper dig med dialogtool.</source>
        <translation>The details only say where in the program the error happened – no notes, names or numbers. Feel free to send them to whoever helps you with dialogtool.</translation>
    </message>
    <message>
        <source>Kopiér detaljer</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>%1 fejl mere siden.</source>
        <translation>%1 more errors since.</translation>
    </message>
</context>
<context>
    <name>Example</name>
    <message>
        <source>Teammøde om løntimer og jobsamtaler</source>
        <extracomment>What the people in the example say, as messages (the names stay Danish).</extracomment>
        <translation>Team meeting on paid hours and job interviews</translation>
    </message>
    <message>
        <source>PRIVAT: Bjørn har haft en hård måned – spørg ham ikke først.</source>
        <translation>PRIVATE: Bjørn has had a hard month – do not ask him first.</translation>
    </message>
    <message>
        <source>HEMMELIGT: Jeg tror, faldet skyldes sygemeldingerne i foråret.</source>
        <translation>SECRET: I think the drop is due to the sick leave in the spring.</translation>
    </message>
    <message>
        <source>Jeg vil gerne forstå, hvorfor løntimerne er faldet.</source>
        <translation>I would like to understand why the paid hours have dropped.</translation>
    </message>
    <message>
        <source>Jeg håber, vi går herfra med én ting, vi prøver af.</source>
        <translation>I hope we leave with one thing we will try out.</translation>
    </message>
    <message>
        <source>Vi er faldet fra 89,0 % til 87,2 % og ligger nu under målet på 90 %.</source>
        <translation>We have dropped from 89.0% to 87.2% and are now below the target of 90%.</translation>
    </message>
    <message>
        <source>Jeg ser, at vi stadig ligger over de andre teams.</source>
        <translation>I see that we are still above the other teams.</translation>
    </message>
    <message>
        <source>Ring til fem virksomheder om løntimer</source>
        <translation>Call five employers about paid hours</translation>
    </message>
    <message>
        <source>Del erfaringer fra Team Syd på næste møde</source>
        <translation>Share experience from Team Syd at the next meeting</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Intet af det, du har skrevet, er gået tabt.</source>
        <extracomment>Before the event loop runs (while starting, or when Python is about to exit with the error) a dialog that does not wait would never be seen.</extracomment>
        <translation>Nothing you have written has been lost.</translation>
    </message>
    <message>
        <source>Det er uvist, om dine seneste ændringer er gemt. Se efter i mødet, før du lukker.</source>
        <translation>It is unclear whether your latest changes were saved. Check the meeting before you close it.</translation>
    </message>
</context>
<context>
    <name>ExplanationBox</name>
    <message>
        <source>Ny forklaring …</source>
        <extracomment>Grid position (row, column) of each quadrant, below and right of the axis labels.</extracomment>
        <translation>New explanation …</translation>
    </message>
    <message>
        <source>Skriv forklaringen, og tryk Enter</source>
        <translation>Write the explanation and press Enter</translation>
    </message>
    <message>
        <source>Ny forklaring i %1</source>
        <translation>New explanation in %1</translation>
    </message>
    <message>
        <source>Flyt kortet til %1 (Ctrl+pil)</source>
        <translation>Move the card to %1 (Ctrl+arrow)</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Slet kortet (Delete)</source>
        <translation>Delete the card (Delete)</translation>
    </message>
    <message>
        <source>ny forklaring &apos;%1&apos;</source>
        <translation>new explanation &apos;%1&apos;</translation>
    </message>
    <message>
        <source>slet forklaringen &apos;%1&apos;</source>
        <translation>delete the explanation &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ExplanationListModel</name>
    <message>
        <source>forklaringen &apos;%1&apos;</source>
        <extracomment>Cards were moved into this quadrant from another one.</extracomment>
        <translation>the explanation &apos;%1&apos;</translation>
    </message>
    <message>
        <source>flyt forklaringen &apos;%1&apos;</source>
        <translation>move the explanation &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ExplanationsPage</name>
    <message>
        <source>Forklaringer</source>
        <translation>Explanations</translation>
    </message>
    <message>
        <source>Hvad kan forklare det, vi undrer os over? Skriv hver forklaring som et kort, og placér det: kan lederen påvirke det, og gælder det alle eller én?</source>
        <translation>What could explain what we are wondering about? Write each explanation as a card and place it: can the leader influence it, and does it apply to everyone or to one?</translation>
    </message>
</context>
<context>
    <name>ExportChart</name>
    <message>
        <source>Forrige</source>
        <extracomment>6 x 2.7 inches at 300 dpi. The bars of the *Seneste* chart, named as on the leader&apos;s screen.</extracomment>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Seneste</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>Formats drawn with charts: rendered off the UI thread. A short sentence of what was just done (copied, handed to the mail program), for the page.</extracomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Markdown til Teams og OneNote (*.md)</source>
        <translation>Markdown for Teams and OneNote (*.md)</translation>
    </message>
    <message>
        <source>Webside (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>Kalender (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>Kopieret – indsæt opsamlingen i Outlook, Word eller Teams.</source>
        <translation>Copied – paste the summary into Outlook, Word or Teams.</translation>
    </message>
    <message>
        <source>Gem opsamling</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Der er endnu ingen opfølgningsdato eller frist at sætte i kalenderen. Skriv dem under Handlinger.</source>
        <translation>There is no follow-up date or due date to put in the calendar yet. Enter them under Actions.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Der er intet e-mail-program på computeren, der kan åbne en kladde. Opsamlingen er kopieret: indsæt den i en ny e-mail.</source>
        <translation>No e-mail program on this computer can open a draft. The summary has been copied: paste it into a new e-mail.</translation>
    </message>
    <message>
        <source>Intet e-mail-program – opsamlingen er kopieret i stedet.</source>
        <translation>No e-mail program – the summary was copied instead.</translation>
    </message>
    <message>
        <source>E-mail-kladden er åbnet i dit e-mail-program.</source>
        <translation>The e-mail draft is open in your e-mail program.</translation>
    </message>
    <message>
        <source>Opsamlingen er for lang til en e-mail-kladde, så kladden er forkortet. Hele opsamlingen ligger på udklipsholderen: indsæt den i e-mailen.</source>
        <translation>The summary is too long for an email draft, so the draft is shortened. The whole summary is on the clipboard: paste it into the email.</translation>
    </message>
    <message>
        <source>Udskriv</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Udskrivningen mislykkedes.</source>
        <translation>Printing failed.</translation>
    </message>
    <message>
        <source>Opsamlingen er gemt</source>
        <translation>The summary is saved</translation>
    </message>
    <message>
        <source>Gemt som »%1« i mappen:</source>
        <translation>Saved as “%1” in the folder:</translation>
    </message>
    <message>
        <source>Åbn mappe</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>PDF&apos;en er uden mærkning til skærmlæsere, fordi programmet ikke kan indlæse Pango på denne computer – giv Word-filen til den, der bruger skærmlæser.</source>
        <translation>The PDF has no tags for screen readers, because the program cannot load Pango on this computer – give the Word file to anyone who uses a screen reader.</translation>
    </message>
    <message>
        <source>Opsamlingen kunne ikke gemmes. %1</source>
        <translation>The summary could not be saved. %1</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Der er ikke mere plads på disken.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <source>Du har ikke adgang til at skrive i mappen eller filen.</source>
        <translation>You do not have permission to write to the folder or file.</translation>
    </message>
    <message>
        <source>Drevet kan kun læses, ikke skrives på.</source>
        <translation>The drive is read-only.</translation>
    </message>
    <message>
        <source>Mappen findes ikke længere – er et USB-drev eller netværksdrev koblet fra?</source>
        <translation>The folder no longer exists – was a USB stick or network drive disconnected?</translation>
    </message>
    <message>
        <source>Der findes allerede en fil med det navn.</source>
        <translation>A file with that name already exists.</translation>
    </message>
    <message>
        <source>Der ligger en mappe med filens navn, så filen kan ikke skrives.</source>
        <translation>A folder has the file&apos;s name, so the file cannot be written.</translation>
    </message>
    <message>
        <source>Der ligger en fil, hvor mappen skulle være.</source>
        <translation>A file is where the folder should be.</translation>
    </message>
    <message>
        <source>Computeren meldte en fejl ved filen (fejlkode {code}).</source>
        <translation>The computer reported an error with the file (error code {code}).</translation>
    </message>
    <message>
        <source>Filen på disken kunne ikke læses, så den bliver ikke overskrevet.</source>
        <translation>The file on disk could not be read, so it will not be overwritten.</translation>
    </message>
    <message>
        <source>Mødet er ændret et andet sted (af en anden eller på en anden computer), siden du åbnede det. Dine ændringer er gemt som {copy} ved siden af; sammenlign de to, og flyt ændringerne over i hånden.</source>
        <translation>The meeting was changed elsewhere (by someone else or on another computer) since you opened it. Your changes are saved as {copy} beside it; compare the two and move the changes over by hand.</translation>
    </message>
    <message>
        <source>Navnet kan ikke bruges som filnavn.</source>
        <translation>The name cannot be used as a file name.</translation>
    </message>
    <message>
        <source>Mødet er blevet for stort til at blive gemt ({size} MB; grænsen er {limit} MB), sikkert på grund af meget indsat tekst. Filen på disken er ikke ændret, og teksten står stadig i mødet: fjern noget af det indsatte, så gemmes mødet igen.</source>
        <translation>The meeting has grown too large to save ({size} MB; the limit is {limit} MB), probably because of much pasted text. The file on disk is unchanged and the text is still in the meeting: remove some of what was pasted and the meeting will save again.</translation>
    </message>
    <message>
        <source>Der skete en uventet fejl i programmet.</source>
        <translation>An unexpected error occurred in the program.</translation>
    </message>
    <message>
        <source>{failure} Dine ændringer er gemt i en gendannelsesfil et andet sted og bliver tilbudt, næste gang du starter dialogtool.</source>
        <translation>{failure} Your changes are kept in a recovery file elsewhere and will be offered the next time you start dialogtool.</translation>
    </message>
</context>
<context>
    <name>Framing</name>
    <message>
        <source>Sig, at du ingen holdning har til tallene på forhånd: I fortolker først, og jeres blik er det, vi bygger på.</source>
        <extracomment>role -&gt; (for a group, for one employee).</extracomment>
        <translation>Say that you hold no view on the numbers beforehand: you all interpret first, and we build on how you see them.</translation>
    </message>
    <message>
        <source>Sig, at du ingen holdning har til tallene på forhånd: Medarbejderen fortolker først, og du bygger på det.</source>
        <translation>Say that you hold no view on the numbers beforehand: the employee interprets first, and you build on that.</translation>
    </message>
    <message>
        <source>Sig, hvad du synes er godt, og hvad der kræver fokus – og at du derefter er nysgerrig på, hvordan I ser det.</source>
        <translation>Say what you think is good and what needs focus – and that you are then curious about how you all see it.</translation>
    </message>
    <message>
        <source>Sig, hvad du synes er godt, og hvad der kræver fokus – og at du derefter er nysgerrig på, hvordan medarbejderen ser det.</source>
        <translation>Say what you think is good and what needs focus – and that you are then curious about how the employee sees it.</translation>
    </message>
    <message>
        <source>Sig ærligt, hvilken retning der ligger fast, og hvad der er åbent: hvordan vi gør det bedst i praksis. Nysgerrigheden går på at kvalificere handlingen.</source>
        <translation>Say honestly which direction is settled and what is open: how we do it best in practice. Your curiosity goes into qualifying the action.</translation>
    </message>
    <message>
        <source>Sig ærligt, hvilken retning der ligger fast, og hvad der er åbent: hvordan I to gør det bedst i praksis. Nysgerrigheden går på at kvalificere handlingen.</source>
        <translation>Say honestly which direction is settled and what is open: how the two of you do it best in practice. Your curiosity goes into qualifying the action.</translation>
    </message>
</context>
<context>
    <name>FramingPage</name>
    <message>
        <source>Rammesætning</source>
        <translation>Framing</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Udbytte</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Proces</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>(ikke udfyldt under forberedelsen)</source>
        <translation>(not filled in during preparation)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2&lt;br&gt;Du tager udgangspunkt i: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2&lt;br&gt;You start from: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Fup</name>
    <message>
        <source>Når klokken er …</source>
        <extracomment>The gap a template leaves for the leader to fill. The outcome&apos;s opening as the bundled templates write it in each language.</extracomment>
        <translation>When it is …</translation>
    </message>
    <message>
        <source>Formålet er skabelonens. Gør det til dit eget: Knyt det til strategien og visionen, og sig, hvilke data mødet tager fat i i dag.</source>
        <translation>The purpose is the template&apos;s. Make it your own: tie it to the strategy and vision, and say which data the meeting takes up today.</translation>
    </message>
    <message>
        <source>Skriv emnet ind i formålet, hvor der står »…«.</source>
        <translation>Write the topic into the purpose where it says “…”.</translation>
    </message>
    <message>
        <source>Sig udbyttet med mødets sluttid: »Når klokken er {time}, har vi …«.</source>
        <translation>Say the outcome with the meeting&apos;s end time: “When it is {time}, we have …”.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Metodekort</source>
        <translation>Method cards</translation>
    </message>
    <message>
        <source>Det valgte kort</source>
        <translation>The selected card</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Metode – %1</source>
        <translation>Method – %1</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Sådan gør du</source>
        <translation>How to do it</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Regnearket fylder {size} MB, når det pakkes ud; det er for stort til at være en dataeksport.</source>
        <extracomment>What a workbook may unpack to; calamine holds a sheet&apos;s XML in memory while reading it. Worksheet XML compresses ~10-30 times; far more is a bomb (only above ``RATIO_FLOOR``).</extracomment>
        <translation>The workbook unpacks to {size} MB; that is too large for a data export.</translation>
    </message>
    <message>
        <source>Regnearket fylder over {size} MB, når det pakkes ud; det er for stort til at være en dataeksport.</source>
        <translation>The workbook unpacks to over {size} MB; that is too large for a data export.</translation>
    </message>
    <message>
        <source>Skjult i regnearket og derfor udeladt: rækkerne {rows}.</source>
        <translation>Hidden in the workbook and therefore left out: rows {rows}.</translation>
    </message>
    <message>
        <source>Skjult i regnearket og derfor udeladt: kolonnerne {columns}.</source>
        <translation>Hidden in the workbook and therefore left out: columns {columns}.</translation>
    </message>
    <message>
        <source>Skjult i regnearket og derfor udeladt: rækkerne {rows} og kolonnerne {columns}.</source>
        <translation>Hidden in the workbook and therefore left out: rows {rows} and columns {columns}.</translation>
    </message>
    <message>
        <source>Filen kan ikke læses som nøgletal: {reason}</source>
        <translation>The file cannot be read as indicators: {reason}</translation>
    </message>
    <message>
        <source>JSON-stat-filen kan ikke læses: {reason}</source>
        <translation>The JSON-stat file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Filen er {what}, ikke en tabel i et format, der kan læses; hent data som JSON-stat, PC-Axis (.px), CSV eller Excel.</source>
        <translation>The file is {what}, not a table in a format that can be read; download the data as JSON-stat, PC-Axis (.px), CSV or Excel.</translation>
    </message>
    <message>
        <source>PC-Axis-filen kan ikke læses: {reason}</source>
        <extracomment>Cells the source hid (PC-Axis&apos; dot codes, nil and &quot;not applicable&quot;).</extracomment>
        <translation>The PC-Axis file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>ark {sheet}</source>
        <extracomment>``progress(done, total)``; return False to cancel the import. Problems of one kind listed one by one; beyond this they are counted. A total row or column: kept as the yardstick (a row) or left out (a sum across). Rows or columns hidden in the workbook, left out. A workbook&apos;s sheet that was not read (a cover page, or another table).</extracomment>
        <translation>sheet {sheet}</translation>
    </message>
    <message>
        <source>række {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>kolonne &apos;{column}&apos;</source>
        <translation>column &apos;{column}&apos;</translation>
    </message>
    <message>
        <source>... og {count} flere af samme slags ({kind}).</source>
        <translation>... and {count} more of the same kind ({kind}).</translation>
    </message>
    <message>
        <source>Tabellen har {width} kolonner; mere end {limit} er ingen dataeksport.</source>
        <translation>The table has {width} columns; more than {limit} is no data export.</translation>
    </message>
    <message>
        <source>en PDF</source>
        <extracomment>Leading bytes of files that are not tables, and what to call them.</extracomment>
        <translation>a PDF</translation>
    </message>
    <message>
        <source>et billede (PNG)</source>
        <translation>an image (PNG)</translation>
    </message>
    <message>
        <source>et billede (JPEG)</source>
        <translation>an image (JPEG)</translation>
    </message>
    <message>
        <source>et billede (GIF)</source>
        <translation>an image (GIF)</translation>
    </message>
    <message>
        <source>et billede (BMP)</source>
        <translation>an image (BMP)</translation>
    </message>
    <message>
        <source>et billede (TIFF)</source>
        <translation>an image (TIFF)</translation>
    </message>
    <message>
        <source>en komprimeret fil (gzip)</source>
        <translation>a compressed file (gzip)</translation>
    </message>
    <message>
        <source>et JSON-svar fra et API</source>
        <extracomment>Leading text (lower case, after a BOM and white space) of text files that are not tables.</extracomment>
        <translation>a JSON response from an API</translation>
    </message>
    <message>
        <source>en hjemmeside (HTML)</source>
        <translation>a web page (HTML)</translation>
    </message>
    <message>
        <source>en webside gemt som MHTML (fx en rapport fra Reporting Services)</source>
        <translation>a web page saved as MHTML (such as a Reporting Services report)</translation>
    </message>
    <message>
        <source>et tekstdokument (RTF)</source>
        <translation>a text document (RTF)</translation>
    </message>
    <message>
        <source>en XML-fil</source>
        <translation>an XML file</translation>
    </message>
    <message>
        <source>Filen er {what}, ikke en tabel; hent data som CSV eller Excel.</source>
        <translation>The file is {what}, not a table; download the data as CSV or Excel.</translation>
    </message>
    <message>
        <source>Rækken har {actual} felter, men overskriften har {width}; den er sprunget over.</source>
        <translation>The row has {actual} fields but the header has {width}; it was skipped.</translation>
    </message>
    <message>
        <source>Filen kan ikke læses som en tabel (CSV); tjek at det er en dataeksport.</source>
        <extracomment>1-based row in the file or sheet of each data row. pyarrow hands back every CSV cell as UTF-8, whatever the file&apos;s encoding. Bytes Arrow parses per block (and per thread).</extracomment>
        <translation>The file cannot be read as a table (CSV); check that it is a data export.</translation>
    </message>
    <message>
        <source>Ingen af tabellens variable ({names}) er tid, så der er ingen udvikling at vise.</source>
        <extracomment>Variable names that say &quot;area, unit, organisation&quot; (the group), lower case. Variable names that say &quot;time&quot;. The header of the value column; no variable is called this. The header of the indicator column a cube without a contents variable gets. &quot;time&quot;, &quot;geo&quot; or &quot;metric&quot; when the file says so. How many cells the source hid (a marker or null), and the markers it used.</extracomment>
        <translation>None of the table&apos;s variables ({names}) is time, so there is no trend to show.</translation>
    </message>
    <message>
        <source>Filen lover {n} tal, men har {size}; den er ufuldstændig.</source>
        <translation>The file promises {n} numbers but holds {size}; it is incomplete.</translation>
    </message>
    <message>
        <source>To af tabellens variable har samme navn.</source>
        <translation>Two of the table&apos;s variables share a name.</translation>
    </message>
    <message>
        <source>Filen er hverken et regneark eller en tekstfil (CSV), så den kan ikke indlæses.</source>
        <extracomment>The name pyarrow&apos;s CSV reader is given for Windows-1252: it transcodes to UTF-8 in its own threads. Without it a ragged row&apos;s text, handed to our bad-row hook as UTF-8, raised UnicodeDecodeError inside pyarrow (&quot;Exception ignored …&quot;).</extracomment>
        <translation>The file is neither a spreadsheet nor a text (CSV) file, so it cannot be loaded.</translation>
    </message>
    <message>
        <source>et JSON-svar fra et API, men ikke JSON-stat</source>
        <translation>a JSON response from an API, but not JSON-stat</translation>
    </message>
    <message>
        <source>en JSON-stat-samling med henvisninger, ikke selve tallene</source>
        <translation>a JSON-stat collection of links, not the numbers themselves</translation>
    </message>
    <message>
        <source>en JSON-stat-dimension uden tal</source>
        <translation>a JSON-stat dimension without numbers</translation>
    </message>
    <message>
        <source>et JSON-svar med metadata fra et API (tabeller eller variable), ikke tal</source>
        <translation>a JSON response with metadata from an API (tables or variables), not numbers</translation>
    </message>
    <message>
        <source>en JSON-liste fra et API</source>
        <translation>a JSON list from an API</translation>
    </message>
    <message>
        <source>&apos;id&apos; og &apos;size&apos; mangler eller passer ikke sammen.</source>
        <translation>&apos;id&apos; and &apos;size&apos; are missing or disagree.</translation>
    </message>
    <message>
        <source>dimensionen &apos;{name}&apos; har {n_codes} kategorier, men &apos;size&apos; siger {size}.</source>
        <translation>the dimension &apos;{name}&apos; has {n_codes} categories but &apos;size&apos; says {size}.</translation>
    </message>
    <message>
        <source>en beskadiget eller ufuldstændig JSON-fil</source>
        <translation>a damaged or incomplete JSON file</translation>
    </message>
    <message>
        <source>dens opbygning passer ikke med JSON-stat.</source>
        <translation>its structure does not fit JSON-stat.</translation>
    </message>
    <message>
        <source>dimensionen &apos;{name}&apos; mangler.</source>
        <translation>the dimension &apos;{name}&apos; is missing.</translation>
    </message>
    <message>
        <source>den lover {n} tal, men har {n_value}.</source>
        <translation>it promises {n} numbers but holds {n_value}.</translation>
    </message>
    <message>
        <source>den har ingen &apos;value&apos;.</source>
        <translation>it has no &apos;value&apos;.</translation>
    </message>
    <message>
        <source>værdi nr. {position} er &apos;{v}&apos;, ikke et tal.</source>
        <translation>value {position} is &apos;{v}&apos;, not a number.</translation>
    </message>
    <message>
        <source>dimensionen &apos;{name}&apos; har intet index.</source>
        <translation>the dimension &apos;{name}&apos; has no index.</translation>
    </message>
    <message>
        <source>Angiv periodekolonnen; ingen kolonne ligner perioder.</source>
        <translation>Name the period column; no column looks like periods.</translation>
    </message>
    <message>
        <source>Kolonnen &apos;{column}&apos; findes ikke i filen (kolonnerne er: {listed}).</source>
        <translation>The column &apos;{column}&apos; is not in the file (its columns are: {listed}).</translation>
    </message>
    <message>
        <source>Kolonnevalget er ufuldstændigt: angiv både indikator- og værdikolonne.</source>
        <translation>The column choice is incomplete: name both the indicator and the value column.</translation>
    </message>
    <message>
        <source>Kolonnen {names} deler nøgletallene op; dens værdier er lagt til nøgletallenes navne. Passer det?</source>
        <translation>The column {names} splits the indicators; its values were added to their names. Is that right?</translation>
    </message>
    <message>
        <source>Ingen kolonne ligner perioder.</source>
        <translation>No column looks like periods.</translation>
    </message>
    <message>
        <source>Målkolonnen kan ikke knyttes til én indikator; den er læst som en indikator.</source>
        <translation>The target column cannot be tied to one indicator; it was read as an indicator.</translation>
    </message>
    <message>
        <source>Kolonnerne er læst som grupper (teams), fordi {names} er en total eller et sammenligningsgrundlag; tjek det.</source>
        <translation>The columns were read as groups (teams), because {names} is a total or a benchmark; check it.</translation>
    </message>
    <message>
        <source>Kolonnen {names} ligner en total eller et sammenligningsgrundlag, ikke et nøgletal. Er kolonnerne teams? Så skal filen vendes, før den indlæses.</source>
        <translation>The column {names} looks like a total or a benchmark, not an indicator. Are the columns teams? Then the file must be turned before it is loaded.</translation>
    </message>
    <message>
        <source>Kolonnen &apos;{name}&apos; har rullende perioder (fx &apos;{example}&apos;), hvor flere perioder er lagt sammen; de kan ikke stå på en tidsakse.</source>
        <translation>The column &apos;{name}&apos; holds rolling periods (such as &apos;{example}&apos;) that sum several periods; they cannot go on a time axis.</translation>
    </message>
    <message>
        <source>Filen siger ikke, hvad tallene er; giv nøgletallet et navn.</source>
        <translation>The file does not say what the numbers are; give the indicator a name.</translation>
    </message>
    <message>
        <source>Ingen kolonne indeholder tal.</source>
        <extracomment>Header words per role; a header matches when one of its words equals or starts with one. Short words that must match exactly (&quot;Målgruppe&quot; is not a target, &quot;Tidsbegrænset&quot; no time). Header words of a column that holds the part of a period within a year. 0-based row of the header in the file or sheet; None when the file has no header. Long and wide layout: the period column (in a matrix the periods are the headers). The month, quarter or week within the year ``period`` holds (``År`` + ``Måned``). Long layout: the indicator name column and the value column. Matrix: the label column that names the indicator, if any. Wide layout: one column per indicator. Label columns whose values are joined to the indicator&apos;s name (&quot;Faktisk antal – Kontanthjælp&quot;); in a matrix, the label columns besides group and indicator. Matrix without an indicator column: the indicator&apos;s name (the table&apos;s title). Wide with ``columns_are_groups``: the one indicator&apos;s name. Wide: the value columns are groups (teams across, a total column), not indicators. The decimal mark; None lets the importer judge it from the cells. Share of cells that are not periods but dates (a coded period column beats a date one).</extracomment>
        <translation>No column holds numbers.</translation>
    </message>
    <message>
        <source>Filen {name} har ingen linjeskift i de første {limit} MB, så den er ingen tabel; hent data som CSV eller Excel.</source>
        <translation>The file {name} has no line break in its first {limit} MB, so it is no table; download the data as CSV or Excel.</translation>
    </message>
    <message>
        <source>De huskede kolonnevalg i {name} kan ikke læses ({detail}); filen er ikke ændret.</source>
        <translation>The remembered column choices in {name} cannot be read ({detail}); the file has not been changed.</translation>
    </message>
    <message>
        <source>den har ingen DATA-del.</source>
        <translation>it has no DATA part.</translation>
    </message>
    <message>
        <source>den bruger KEYS (kun rækker med tal); hent tabellen som fuld PC-Axis eller CSV.</source>
        <translation>it uses KEYS (only rows with numbers); download the full table as PC-Axis or CSV.</translation>
    </message>
    <message>
        <source>den har hverken STUB eller HEADING.</source>
        <translation>it has neither STUB nor HEADING.</translation>
    </message>
    <message>
        <source>DATA-delen slutter ikke med &apos;;&apos;.</source>
        <translation>the DATA part does not end with &apos;;&apos;.</translation>
    </message>
    <message>
        <source>variablen &apos;{name}&apos; har ingen VALUES.</source>
        <translation>the variable &apos;{name}&apos; has no VALUES.</translation>
    </message>
    <message>
        <source>uventet &apos;{got}&apos; i overskriftsdelen.</source>
        <translation>unexpected &apos;{got}&apos; in the header.</translation>
    </message>
    <message>
        <source>tal nr. {position} i DATA-delen er &apos;{text}&apos;, ikke et tal.</source>
        <translation>value {position} of the DATA part is &apos;{text}&apos;, not a number.</translation>
    </message>
    <message>
        <source>et citationstegn er ikke lukket.</source>
        <translation>a quotation mark is not closed.</translation>
    </message>
    <message>
        <source>Arket {names} er ingen tabel med tal; arket &apos;{name}&apos; er læst.</source>
        <translation>The sheet {names} is no table of numbers; the sheet &apos;{name}&apos; was read.</translation>
    </message>
    <message>
        <source>Regnearket har flere tabeller; &apos;{name}&apos; er læst, ikke {names} – vælg et andet ark, hvis det er forkert.</source>
        <translation>The workbook holds several tables; &apos;{name}&apos; was read, not {names} – choose another sheet if that is wrong.</translation>
    </message>
    <message>
        <source>{name} er ikke en almindelig fil (men en mappe eller en enhed).</source>
        <translation>{name} is not an ordinary file (but a folder or a device).</translation>
    </message>
    <message>
        <source>Filen {name} er for stor ({size} MB; grænsen er {limit} MB).</source>
        <translation>The file {name} is too large ({size} MB; the limit is {limit} MB).</translation>
    </message>
    <message>
        <source>Filen har en overskrift, men ingen rækker med data.</source>
        <translation>The file has a header but no rows of data.</translation>
    </message>
    <message>
        <source>Overskriftsrækken {header_row} findes ikke i filen.</source>
        <extracomment>The aggregation an Excel pivot writes before its value field&apos;s name. Rows looked at to find the header and propose a mapping. Bytes at the end of a CSV looked at for footnotes. Larger than any BI export of a municipality (those are a few MB to ~100 MB); a bigger file is refused from its size, before a byte is read. Excel&apos;s own limit; a row of millions of cells is no export. Index of the header row among the top rows, or None when the data start at once. The first data rows as text, one cell per column. The top rows of the file or sheet as text (title rows, header, first data rows). Byte offset where each top row starts (CSV only), plus the end of the last one. Where the data end (CSV: byte offset), before the footnotes; None: at the end. The footnote rows cut off below the table (``Kilde: …``, ``Anm.: …``). Markers the file itself declares for a missing value (PC-Axis ``DATANOTESUM``, ``&quot;..&quot;``). Rows (0-based, in the sheet) and columns (their headers) hidden in the workbook, left out. A cube (PC-Axis, JSON-stat) says itself which column is what: (role, column) pairs. The unit and source a cube&apos;s metadata declare (``UNITS``, ``SOURCE``). The decimal mark the cells&apos; storage tells (a sheet&apos;s numbers stored as text are Danish); None: judged from the cells and the separator alone.</extracomment>
        <translation>Header row {header_row} does not exist in the file.</translation>
    </message>
    <message>
        <source>Filen hedder {suffix}, men er en tekstfil (CSV); den er læst som CSV.</source>
        <translation>The file is named {suffix} but is a text (CSV) file; it was read as CSV.</translation>
    </message>
    <message>
        <source>PC-Axis-filen kan ikke læses; den er beskadiget eller ufuldstændig.</source>
        <translation>The PC-Axis file cannot be read; it is damaged or incomplete.</translation>
    </message>
    <message>
        <source>Filen {name} kan ikke læses ({reason}).</source>
        <translation>The file {name} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>Regnearket kan ikke åbnes; filen er beskadiget eller ufuldstændig.</source>
        <translation>The spreadsheet cannot be opened; the file is damaged or incomplete.</translation>
    </message>
    <message>
        <source>Filen er tom.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Filen er et Excel 2003-XML-regneark, som ikke læses; åbn den i Excel og gem den som .xlsx, eller hent data som CSV.</source>
        <extracomment>An Excel 2003 XML workbook (SpreadsheetML), as older BI tools and SSRS export &quot;Excel&quot;.</extracomment>
        <translation>The file is an Excel 2003 XML workbook, which is not read; open it in Excel and save it as .xlsx, or download the data as CSV.</translation>
    </message>
    <message>
        <source>Regnearket har intet ark, der hedder &apos;{sheet}&apos; (arkene er: {sheets}).</source>
        <extracomment>Every row of the sheet from the top, every cell as text (null when empty). Sheets before the chosen one that are no table (a cover page), and other tables.</extracomment>
        <translation>The workbook has no sheet called &apos;{sheet}&apos; (its sheets are: {sheets}).</translation>
    </message>
    <message>
        <source>Ingen af regnearkets ark ({sheets}) er en tabel med tal.</source>
        <translation>None of the workbook&apos;s sheets ({sheets}) is a table of numbers.</translation>
    </message>
    <message>
        <source>et zip-arkiv, ikke et regneark – pak det ud og vælg filen indeni</source>
        <translation>a zip archive, not a workbook – unpack it and choose the file inside</translation>
    </message>
    <message>
        <source>et Word-dokument</source>
        <translation>a Word document</translation>
    </message>
    <message>
        <source>en PowerPoint-præsentation</source>
        <translation>a PowerPoint presentation</translation>
    </message>
    <message>
        <source>Ingen kolonneoverskrift er en periode, så filen kan ikke læses med perioder på tværs.</source>
        <extracomment>Above this many cells (series x periods) the file is not a dataset of indicators. Doubtful or rejected cells and rows; the dataset holds everything else. Cells with a missing marker (``..``, ``-``, empty, ``n/a``), left out. The texts the missing cells held (``..``, ``x``, ``*``; &quot;&quot; for empty cells). The cell holds a number (not missing, not rejected).</extracomment>
        <translation>No column header is a period, so the file cannot be read with periods across.</translation>
    </message>
    <message>
        <source>{missing_total} celler uden værdi (fx &apos;..&apos;, &apos;-&apos;, tom, &apos;n/a&apos;) er udeladt.</source>
        <translation>{missing_total} cells without a value (such as &apos;..&apos;, &apos;-&apos;, empty, &apos;n/a&apos;) were left out.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; er ikke et tal; cellen er sprunget over.</source>
        <translation>&apos;{text}&apos; is not a number; the cell was skipped.</translation>
    </message>
    <message>
        <source>Filen har for mange kombinationer af indikator, gruppe og periode til at vises.</source>
        <translation>The file has too many combinations of indicator, group and period to show.</translation>
    </message>
    <message>
        <source>&apos;{group}&apos; (første gang i række {first}) er en total; den bruges som målestok, ikke som et team.</source>
        <translation>&apos;{group}&apos; (first in row {first}) is a total; it is used as the yardstick, not as a team.</translation>
    </message>
    <message>
        <source>Rækken har intet indikatornavn; den er sprunget over.</source>
        <translation>The row has no indicator name; it was skipped.</translation>
    </message>
    <message>
        <source>{where}, {period} står mere end én gang; værdien fra række {first} er brugt.</source>
        <translation>{where}, {period} appears more than once; the value from row {first} is used.</translation>
    </message>
    <message>
        <source>Filen indeholder ingen tal, der kan bruges.</source>
        <extracomment>Words a header puts in parentheses when they are its unit, not a remark.</extracomment>
        <translation>The file holds no numbers that can be used.</translation>
    </message>
    <message>
        <source>Kolonnen &apos;{group}&apos; er en total; den bruges som målestok, ikke som et team.</source>
        <translation>The column &apos;{group}&apos; is a total; it is used as the yardstick, not as a team.</translation>
    </message>
    <message>
        <source>Regnearket er beskadiget eller manipuleret: en del af det fylder mere, når den pakkes ud, end filen selv oplyser.</source>
        <translation>The spreadsheet is damaged or tampered with: a part of it unpacks to more than the file itself states.</translation>
    </message>
    <message>
        <source>Regnearket er pakket på en måde, som Excel og LibreOffice ikke bruger; gem det igen fra Excel, eller hent data som CSV.</source>
        <translation>The spreadsheet is compressed in a way Excel and LibreOffice do not use; save it again from Excel, or download the data as CSV.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; er en rullende periode (flere perioder lagt sammen) og kan ikke stå på en tidsakse; rækken er sprunget over.</source>
        <translation>&apos;{label}&apos; is a rolling period (several periods summed) and cannot go on a time axis; the row was skipped.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; er en total over perioderne; rækken er udeladt.</source>
        <translation>&apos;{label}&apos; is a total over the periods; the row was left out.</translation>
    </message>
    <message>
        <source>&apos;{group}&apos; uden periode er en total over perioderne; rækken er udeladt.</source>
        <translation>&apos;{group}&apos; without a period is a total over the periods; the row was left out.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; er ikke en gyldig periode; rækken er sprunget over.</source>
        <translation>&apos;{label}&apos; is not a valid period; the row was skipped.</translation>
    </message>
    <message>
        <source>Rækken har ingen periode; den er sprunget over.</source>
        <translation>The row has no period; it was skipped.</translation>
    </message>
    <message>
        <source>Kolonnen &apos;{group}&apos; er en delsum; den vises til sammenligning, ikke som et team, og lægges ikke oven i totalen.</source>
        <translation>The column &apos;{group}&apos; is a subtotal; it is shown for comparison, not as a team, and is not added to the total.</translation>
    </message>
    <message>
        <source>&apos;{group}&apos; (første gang i række {first}) er en delsum; den vises til sammenligning, ikke som et team, og lægges ikke oven i totalen.</source>
        <translation>&apos;{group}&apos; (first in row {first}) is a subtotal; it is shown for comparison, not as a team, and is not added to the total.</translation>
    </message>
    <message>
        <source>Kolonnen &apos;{column}&apos; er en total af de andre kolonner; den er udeladt (tallene, den lægger sammen, er indlæst).</source>
        <translation>The column &apos;{column}&apos; is a total of the other columns; it was left out (the numbers it adds up were loaded).</translation>
    </message>
    <message>
        <source>Kolonnen &apos;{column}&apos; ligner en periode, men står blandt etiketterne; den er ikke brugt.</source>
        <translation>The column &apos;{column}&apos; looks like a period but stands among the labels; it is not used.</translation>
    </message>
    <message>
        <source>Kolonnen &apos;{column}&apos; har tal, men er ikke valgt som nøgletal; den er ikke indlæst – vælg den, hvis den skal med.</source>
        <translation>The column &apos;{column}&apos; holds numbers but is not chosen as an indicator; it was not loaded – choose it if it should be.</translation>
    </message>
    <message>
        <source>Kolonnen &apos;{column}&apos; er ikke brugt ({count} forskellige værdier).</source>
        <translation>The column &apos;{column}&apos; is not used ({count} different values).</translation>
    </message>
    <message>
        <source>Ingen rækker kunne bruges; fx række {row}: {problem}</source>
        <translation>No rows could be used; for example row {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Læser %1 …</source>
        <extracomment>The file was loaded; carries the ``ImportResult``. The flow is over, loaded or not. &quot;Sådan læste jeg filen&quot;, shown after every build until the leader decides. How the mapping was found: &quot;remembered&quot;, &quot;detected&quot; or &quot;asked&quot;. The file as read (kept until the leader decides, to correct the mapping from). The import the leader accepted, with the directions confirmed.</extracomment>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <source>Læser arket %1 …</source>
        <translation>Reading the sheet %1 …</translation>
    </message>
    <message>
        <source>Indlæser data fra %1 …</source>
        <translation>Importing data from %1 …</translation>
    </message>
    <message>
        <source>Filen %1 kunne ikke indlæses (%2).</source>
        <translation>The file %1 could not be imported (%2).</translation>
    </message>
    <message>
        <source>Filen kan ikke bruges</source>
        <translation>The file cannot be used</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Mål</source>
        <extracomment>Lines of text a category label under the x axis may take. One other group the leader picked to look at (from the loaded dataset). Total and benchmark lines, reused from one indicator to the next. The shades over and under the target: (fill, upper curve, lower curve), reused. The legend&apos;s entries as drawn, and those the change being drawn wants.</extracomment>
        <translation>Target</translation>
    </message>
    <message>
        <source>(alle)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Laveste–højeste af dem</source>
        <translation>Lowest–highest of them</translation>
    </message>
    <message>
        <source>Bedre end målet</source>
        <translation>Better than the target</translation>
    </message>
    <message>
        <source>Dårligere end målet</source>
        <translation>Worse than the target</translation>
    </message>
</context>
<context>
    <name>IndicatorHistoryDialog</name>
    <message>
        <source>Nøgletal over tid</source>
        <translation>Indicators over time</translation>
    </message>
    <message>
        <source>Nøgletal</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Nøgletallets historik</source>
        <translation>The indicator&apos;s history</translation>
    </message>
    <message>
        <source>Ingen møder har set på et nøgletal endnu.</source>
        <translation>No meeting has looked at an indicator yet.</translation>
    </message>
    <message>
        <source>Teamet lagde mærke til</source>
        <translation>The team noticed</translation>
    </message>
    <message>
        <source>Teamets svar</source>
        <translation>The team&apos;s answer</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Trædesten</source>
        <extracomment>The set of stepping stones changed; carries how many are chosen. Indicators whose direction the leader set here: confirmed when the landscape is saved. Indicator id → output or outcome (``Landscape.levels``).</extracomment>
        <translation>Stepping stones</translation>
    </message>
    <message>
        <source>Output/outcome</source>
        <translation>Output/outcome</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Højere er bedre</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Trukket</source>
        <translation>Extracted</translation>
    </message>
    <message>
        <source>Leveret af</source>
        <translation>Supplied by</translation>
    </message>
    <message>
        <source>Hvor ofte</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>Definition – kan vi stole på data?</source>
        <translation>Definition – can we trust the data?</translation>
    </message>
    <message>
        <source>Output: det, vi gør. Outcome: den effekt, borgeren mærker.</source>
        <translation>Output: what we do. Outcome: the effect the citizen feels.</translation>
    </message>
    <message>
        <source>Målet fra filen; skriv et andet for at bruge det, hvor filen intet har</source>
        <translation>The target from the file; enter another to use it where the file has none</translation>
    </message>
</context>
<context>
    <name>IndicatorViews</name>
    <message>
        <source>&amp;Udvikling</source>
        <translation>&amp;Trend</translation>
    </message>
    <message>
        <source>Udvikling over tid med mål</source>
        <translation>Trend over time with target</translation>
    </message>
    <message>
        <source>&amp;Sammenlign</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>Gruppen sammenlignet med de andre grupper</source>
        <translation>The group compared with the other groups</translation>
    </message>
    <message>
        <source>Se&amp;neste</source>
        <translation>&amp;Latest</translation>
    </message>
    <message>
        <source>Seneste periode mod forrige og målet</source>
        <translation>Latest period against the previous one and the target</translation>
    </message>
    <message>
        <source>&amp;Detaljer</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Tallene bag nøgletallet</source>
        <translation>The numbers behind the indicator</translation>
    </message>
    <message>
        <source>&amp;Tabel</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>Vis som tabel</source>
        <translation>Show as table</translation>
    </message>
    <message>
        <source>Vis udviklingens tal som en tabel (Alt+T)</source>
        <translation>Show the trend&apos;s figures as a table (Alt+T)</translation>
    </message>
    <message>
        <source>Vis også en enkelt af de øvrige grupper i udviklingen</source>
        <translation>Also show one of the other groups in the trend</translation>
    </message>
    <message>
        <source>Ingen enkelt gruppe</source>
        <translation>No single group</translation>
    </message>
    <message>
        <source>Alt+T viser tallene som tabel</source>
        <translation>Alt+T shows the figures as a table</translation>
    </message>
    <message>
        <source>(alle)</source>
        <translation>(all)</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>Mødets titel</source>
        <extracomment>What each part of a record is called, by the record&apos;s top-level field.</extracomment>
        <translation>Meeting title</translation>
    </message>
    <message>
        <source>Mødet er med</source>
        <translation>Meeting with</translation>
    </message>
    <message>
        <source>Viste tal for</source>
        <translation>Numbers shown for</translation>
    </message>
    <message>
        <source>Mødeleder</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Deltager</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Formål, udbytte og proces</source>
        <translation>Purpose, outcome and process</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Lederens private noter</source>
        <translation>The leader&apos;s private notes</translation>
    </message>
    <message>
        <source>Tjek ind</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Tjek ud</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Data og samtalen om dem</source>
        <translation>Data and the talk about them</translation>
    </message>
    <message>
        <source>Spørgsmål</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Forklaringer</source>
        <translation>Explanations</translation>
    </message>
    <message>
        <source>Handlinger</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Siden sidst</source>
        <translation>Since last time</translation>
    </message>
    <message>
        <source>Talerække og grupper</source>
        <translation>Speaking order and groups</translation>
    </message>
    <message>
        <source>Antal indlæg (lederens optælling)</source>
        <translation>Contributions (the leader&apos;s tally)</translation>
    </message>
    <message>
        <source>Vist for gruppen</source>
        <translation>Shown to the room</translation>
    </message>
    <message>
        <source>Datakilde</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Indsigt: {person}</source>
        <translation>Access request: {person}</translation>
    </message>
    <message>
        <source>Alt, hvad dialogtool har registreret om {names} i {count} møder, udtrukket {when}. Hvert felt, der nævner personen, eller som rummer personens egne ord, er taget med.</source>
        <translation>Everything dialogtool has recorded about {names} in {count} meetings, extracted {when}. Every field that names the person, or holds their own words, is included.</translation>
    </message>
    <message>
        <source>Lederens private noter, der nævner personen, er taget med og markeret »privat«.</source>
        <translation>The leader&apos;s private notes that name the person are included and marked &apos;private&apos;.</translation>
    </message>
    <message>
        <source>Lederens private noter (arbejdsnoter, aldrig delt) er ikke taget med.</source>
        <translation>The leader&apos;s private notes (working notes, never shared) are not included.</translation>
    </message>
    <message>
        <source>Ingen møder nævner personen.</source>
        <translation>No meeting names the person.</translation>
    </message>
    <message>
        <source> (i papirkurven)</source>
        <translation> (in the bin)</translation>
    </message>
    <message>
        <source>Felt|Indhold</source>
        <translation>Field|Content</translation>
    </message>
    <message>
        <source> (privat)</source>
        <translation> (private)</translation>
    </message>
</context>
<context>
    <name>InsightDialog</name>
    <message>
        <source>Indsigt for en person</source>
        <extracomment>The report was written to this path.</extracomment>
        <translation>Access request for one person</translation>
    </message>
    <message>
        <source>Til en medarbejders indsigtsanmodning: alt, hvad møderne (også dem i papirkurven) rummer om én person – hvert felt, der nævner personen, og personens egne ord.</source>
        <translation>For an employee&apos;s subject access request: everything the meetings (including those in the bin) hold about one person – every field that mentions the person, and the person&apos;s own words.</translation>
    </message>
    <message>
        <source>Fulde navn, fx Mette Hansen</source>
        <translation>Full name, e.g. Mette Hansen</translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Fornavn, kaldenavn … adskilt med komma</source>
        <translation>First name, nickname … separated by commas</translation>
    </message>
    <message>
        <source>Også:</source>
        <translation>Also:</translation>
    </message>
    <message>
        <source>Medtag mine private noter, der nævner personen</source>
        <translation>Include my private notes that mention the person</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Indhold</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Fundne oplysninger om personen</source>
        <translation>Information found about the person</translation>
    </message>
    <message>
        <source>Skriv personens navn, og tryk Find. Intet gemmes, før du vælger.</source>
        <translation>Enter the person&apos;s name and press Find. Nothing is saved until you choose to.</translation>
    </message>
    <message>
        <source>Gem PDF …</source>
        <translation>Save PDF …</translation>
    </message>
    <message>
        <source>Gem JSON …</source>
        <translation>Save JSON …</translation>
    </message>
    <message>
        <source>Skriv personens navn.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>%1 felter i %2 møder</source>
        <translation>%1 fields in %2 meetings</translation>
    </message>
    <message>
        <source>Indsigt %1 %2</source>
        <translation>Access request %1 %2</translation>
    </message>
    <message>
        <source>Gem indsigt</source>
        <translation>Save access request</translation>
    </message>
    <message>
        <source>Indsigten blev ikke gemt</source>
        <translation>The access request was not saved</translation>
    </message>
</context>
<context>
    <name>Inspect</name>
    <message>
        <source>--period tager én eller to kolonner.</source>
        <translation>--period takes one or two columns.</translation>
    </message>
    <message>
        <source>Det kan ikke afgøres, hvilken kolonne der rummer hvad: {reason}</source>
        <extracomment>The method suggests 7–8 stepping stones (domain.md §2); more dilutes focus.</extracomment>
        <translation>cannot tell which column holds what: {reason}</translation>
    </message>
</context>
<context>
    <name>KeptData</name>
    <message>
        <source>Den gemte kopi af mødets data findes ikke længere; indlæs filen igen.</source>
        <extracomment>How a meeting record names its kept dataset (found without parsing the whole record). The dataset&apos;s fields this module writes; a field added to ``Dataset`` must be added here.</extracomment>
        <translation>The kept copy of the meeting&apos;s data no longer exists; load the file again.</translation>
    </message>
    <message>
        <source>Den gemte kopi af mødets data kan ikke læses ({detail}); indlæs filen igen. Mødets gemte tal er uændrede.</source>
        <translation>The kept copy of the meeting&apos;s data cannot be read ({detail}); load the file again. The numbers the meeting kept are unchanged.</translation>
    </message>
</context>
<context>
    <name>KeptLoader</name>
    <message>
        <source>Den gemte kopi af mødets data kunne ikke læses (%1).</source>
        <extracomment>Qt-free modules the dataset is used with next, imported here so the UI thread need not. The day the file was read, written for people (babel&apos;s first use costs ~90 ms). The copy was read: carries ``Reopened``. The copy is missing or damaged: carries one sentence.</extracomment>
        <translation>The saved copy of the meeting&apos;s data could not be read (%1).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Teammøde</source>
        <translation>Team meeting</translation>
    </message>
    <message>
        <source>1:1-datasamtale</source>
        <translation>1:1 data conversation</translation>
    </message>
    <message>
        <source>Ledermøde</source>
        <translation>Leadership meeting</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>I gang</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Afsluttet</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Inspirator</source>
        <translation>Inspirator</translation>
    </message>
    <message>
        <source>Afgrænser</source>
        <translation>Boundary-setter</translation>
    </message>
    <message>
        <source>Du har ingen holdning til, hvad tallene betyder – dem, du taler med, tolker først.</source>
        <translation>You hold no view on what the numbers mean – those you talk with interpret first.</translation>
    </message>
    <message>
        <source>Du rammesætter, om tallene er gode eller kræver fokus – og er så nysgerrig.</source>
        <translation>You frame whether the numbers are good or need focus – and are then curious.</translation>
    </message>
    <message>
        <source>Du ved allerede, hvilken handling data skal føre til – nysgerrigheden går på at kvalificere den.</source>
        <translation>You already know which action the data must lead to – your curiosity goes into qualifying it.</translation>
    </message>
    <message>
        <source>Produktionsdomænet</source>
        <translation>The production domain</translation>
    </message>
    <message>
        <source>Det personlige/æstetiske domæne</source>
        <translation>The personal/aesthetic domain</translation>
    </message>
    <message>
        <source>Det refleksive domæne</source>
        <translation>The reflective domain</translation>
    </message>
    <message>
        <source>Detektiv</source>
        <translation>Detective</translation>
    </message>
    <message>
        <source>Kaptajn</source>
        <translation>Captain</translation>
    </message>
    <message>
        <source>Antropolog</source>
        <translation>Anthropologist</translation>
    </message>
    <message>
        <source>Fremtidsforsker</source>
        <translation>Futurist</translation>
    </message>
    <message>
        <source>Afklarende spørgsmål</source>
        <extracomment>Karl Tomm&apos;s name for each question type (domain.md §6); one set everywhere.</extracomment>
        <translation>Clarifying questions</translation>
    </message>
    <message>
        <source>Handlingsorienterede spørgsmål</source>
        <translation>Action-oriented questions</translation>
    </message>
    <message>
        <source>Fortidsrettede læringsspørgsmål</source>
        <translation>Past-oriented learning questions</translation>
    </message>
    <message>
        <source>Fremtidsrettede læringsspørgsmål</source>
        <translation>Future-oriented learning questions</translation>
    </message>
    <message>
        <source>hvad siger data?</source>
        <extracomment>What a question of each type asks, after its kind in the Tomm grid.</extracomment>
        <translation>what do the data say?</translation>
    </message>
    <message>
        <source>hvad gør vi nu?</source>
        <translation>what do we do now?</translation>
    </message>
    <message>
        <source>hvad fortæller data om vores praksis?</source>
        <translation>what do the data tell about our practice?</translation>
    </message>
    <message>
        <source>hvad kan skabe progression?</source>
        <translation>what could create progress?</translation>
    </message>
    <message>
        <source>Åben</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Udført</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Opgivet</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Ekstern</source>
        <translation>External</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>uden for lederens direkte indflydelse</source>
        <extracomment>The explanation axes are seen from the leader: does the leader have direct influence?</extracomment>
        <translation>outside the leader&apos;s direct influence</translation>
    </message>
    <message>
        <source>lederen kan påvirke det</source>
        <translation>the leader can affect it</translation>
    </message>
    <message>
        <source>Kollektiv</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Individuel</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>gælder alle</source>
        <translation>affects everyone</translation>
    </message>
    <message>
        <source>knyttet til én</source>
        <translation>tied to one person</translation>
    </message>
    <message>
        <source>Formål</source>
        <extracomment>The words of the summary and of an indicator&apos;s context line.</extracomment>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Udbytte</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Proces</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Mødeleder</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Lederens perspektiv</source>
        <translation>The leader&apos;s perspective</translation>
    </message>
    <message>
        <source>Lederens retning (givet først)</source>
        <translation>The leader&apos;s direction (given first)</translation>
    </message>
    <message>
        <source>Lederens rolle og udgangspunkt</source>
        <translation>The leader&apos;s role and starting point</translation>
    </message>
    <message>
        <source>Spørgsmål, vi stillede</source>
        <translation>Questions we asked</translation>
    </message>
    <message>
        <source>Brugte spørgsmålstyper</source>
        <translation>Question types used</translation>
    </message>
    <message>
        <source>Spørgsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Private noter</source>
        <translation>Private notes</translation>
    </message>
    <message>
        <source>(stod over)</source>
        <translation>(passed)</translation>
    </message>
    <message>
        <source>frist</source>
        <translation>due</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Seneste</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>forrige</source>
        <translation>previous</translation>
    </message>
    <message>
        <source>mål</source>
        <translation>target</translation>
    </message>
    <message>
        <source>(alle)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>»{group}« er ikke en gruppe i data – tallene her er for {shown}.</source>
        <translation>“{group}” is not a group in the data – these numbers are for {shown}.</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>trukket</source>
        <translation>extracted</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>kollektiv</source>
        <extracomment>The game board&apos;s explanation quadrants, in the order the board and the summary show them. A scope inside a sentence, after a locus (&quot;Intern og kollektiv&quot;).</extracomment>
        <translation>collective</translation>
    </message>
    <message>
        <source>individuel</source>
        <translation>individual</translation>
    </message>
    <message>
        <source>{where} og {who} ({means}, {reach})</source>
        <translation>{where} and {who} ({means}, {reach})</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <source>Datalandskabet {name} kan ikke læses ({detail}). Filen er ikke ændret.</source>
        <extracomment>The team (or person) the landscape belongs to. The effect the team wants for the citizen. Indicator ids chosen as stepping stones, in the order they are shown. What each indicator means; ``target`` here is the typed target, used where a file has none. Indicator id → output or outcome; an indicator nobody has marked yet is absent. The sources the numbers come from, with their column mappings. Indicator ids whose direction the leader confirmed; any other direction is a proposal.</extracomment>
        <translation>The data landscape {name} cannot be read ({detail}). The file has not been changed.</translation>
    </message>
    <message>
        <source>Metoden holder sig til 7–8 trædesten: flere udvander fokus, og samtalen drukner let i data. I kan godt vælge flere, men overvej hvilke der siger mest om den effekt, I vil skabe for borgeren.</source>
        <extracomment>The method keeps to 7–8 stepping stones; more are allowed, with a word of why not.</extracomment>
        <translation>The method keeps to 7–8 stepping stones: more dilute the focus, and the conversation easily drowns in data. You may choose more, but consider which say the most about the effect you want for the citizen.</translation>
    </message>
    <message>
        <source>Output – det, vi gør (fx antal samtaler)</source>
        <extracomment>What each level means, for people (the workshop asks which each stepping stone is).</extracomment>
        <translation>Output – what we do (e.g. the number of interviews)</translation>
    </message>
    <message>
        <source>Outcome – den effekt, borgeren mærker</source>
        <translation>Outcome – the effect the citizen notices</translation>
    </message>
</context>
<context>
    <name>LandscapeDialog</name>
    <message>
        <source>Teamets datalandskab</source>
        <extracomment>The landscape was saved; carries the ``Landscape``.</extracomment>
        <translation>The team&apos;s data landscape</translation>
    </message>
    <message>
        <source>Datalandskabet hører til teamet, ikke til ét møde: hvilken effekt I vil skabe for borgeren, og de 7–8 trædesten, der siger mest om den. Hvert nøgletal får kilde, dato og definition med, så alle kan se, om data er til at stole på.</source>
        <translation>The data landscape belongs to the team, not to one meeting: which effect you want to create for the citizen, and the 7–8 stepping stones that say most about it. Every indicator carries its source, date and definition, so everyone can see whether the data can be trusted.</translation>
    </message>
    <message>
        <source>Nyt team …</source>
        <translation>New team …</translation>
    </message>
    <message>
        <source>&amp;Datalandskab:</source>
        <translation>&amp;Data landscape:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Fx: Flere borgere kommer i ordinære løntimer og bliver selvforsørgende.</source>
        <translation>E.g.: More citizens get ordinary paid hours and become self-supporting.</translation>
    </message>
    <message>
        <source>&amp;Effekten for borgeren:</source>
        <translation>&amp;Effect for the citizen:</translation>
    </message>
    <message>
        <source>Nøgletallene i landskabet</source>
        <translation>The indicators in the landscape</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 trædesten valgt</source>
        <translation>%1 stepping stones chosen</translation>
    </message>
    <message>
        <source>Datalandskabet kunne ikke gemmes: %1</source>
        <translation>The data landscape could not be saved: %1</translation>
    </message>
    <message>
        <source>Gemt.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>LatestChart</name>
    <message>
        <source>Forrige
%1</source>
        <extracomment>(label, value) as drawn, for tests and the record.</extracomment>
        <translation>Previous
%1</translation>
    </message>
    <message>
        <source>Seneste
%1</source>
        <translation>Latest
%1</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>LearnedEditor</name>
    <message>
        <source>Det lærte vi …</source>
        <translation>What we learned …</translation>
    </message>
    <message>
        <source>Det lærte vi</source>
        <translation>What we learned</translation>
    </message>
    <message>
        <source>(ingen forventning skrevet)</source>
        <translation>(no expectation written)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prøvehandling.&lt;/b&gt; Det forventede vi: %1</source>
        <translation>&lt;b&gt;Trial action.&lt;/b&gt; What we expected: %1</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Tjek ind og tjek ud bygger på metodens to spørgsmål, så de kan ikke skjules. Du kan bruge dine egne spørgsmål ved siden af.</source>
        <translation>Check-in and check-out build on the method&apos;s two questions, so they cannot be hidden. You can use your own questions beside them.</translation>
    </message>
    <message>
        <source>Skabelonen {id} følger med dialogtool og kan ikke ændres. Lav en kopi, og ret i den.</source>
        <translation>The template {id} comes with dialogtool and cannot be changed. Make a copy and edit that.</translation>
    </message>
    <message>
        <source>Skabelonen foreslår spørgsmål, der ikke findes: {ids}.</source>
        <translation>The template suggests questions that do not exist: {ids}.</translation>
    </message>
    <message>
        <source>Skabelonen {template_id} følger med dialogtool og kan kun skjules.</source>
        <translation>The template {template_id} comes with dialogtool and can only be hidden.</translation>
    </message>
    <message>
        <source>Spørgsmålet {question_id} findes ikke.</source>
        <translation>The question {question_id} does not exist.</translation>
    </message>
    <message>
        <source>Skabelonen {template_id} findes ikke.</source>
        <translation>The template {template_id} does not exist.</translation>
    </message>
    <message>
        <source>Spørgsmålet {question_id} følger med dialogtool og kan ikke ændres eller slettes. Lav en kopi, eller skjul det.</source>
        <translation>The question {question_id} comes with dialogtool and cannot be changed or deleted. Make a copy, or hide it.</translation>
    </message>
    <message>
        <source>Filen {name} kunne ikke læses og bliver ikke overskrevet. Ret eller flyt den først.</source>
        <translation>The file {name} could not be read and will not be overwritten. Fix or move it first.</translation>
    </message>
    <message>
        <source>Filen {name} er ændret et andet sted, siden den blev læst, så din ændring er ikke gemt. Biblioteket er læst igen; gør ændringen igen.</source>
        <translation>The file {name} was changed elsewhere since it was read, so your change was not saved. The library was read again; make the change again.</translation>
    </message>
    <message>
        <source>Mødets faser har ingen tid, så der kan ikke laves en skabelon af det.</source>
        <translation>The meeting&apos;s phases have no time, so no template can be made from it.</translation>
    </message>
    <message>
        <source>Mine spørgsmål</source>
        <translation>My questions</translation>
    </message>
    <message>
        <source>{name} (kopi)</source>
        <extracomment>What a phase offers when its template names no questions: (category, how many). The four levels of analysis, asked in the data step one level at a time. How many of the role&apos;s and of the domain&apos;s questions the data step offers. How many earlier meetings with the same team are looked at for used check-in variants. A copy&apos;s name: the original&apos;s, in each of its languages, with the word for a copy.</extracomment>
        <translation>{name} (copy)</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>Værdien kan ikke bruges her.</source>
        <translation>The value cannot be used here.</translation>
    </message>
    <message>
        <source>Mindst {ge}.</source>
        <translation>At least {ge}.</translation>
    </message>
    <message>
        <source>Skal være over {gt}.</source>
        <translation>Must be more than {gt}.</translation>
    </message>
    <message>
        <source>Højst {le}.</source>
        <translation>At most {le}.</translation>
    </message>
    <message>
        <source>Skal være under {lt}.</source>
        <translation>Must be less than {lt}.</translation>
    </message>
    <message>
        <source>Skriv et helt tal.</source>
        <translation>Type a whole number.</translation>
    </message>
    <message>
        <source>Skriv en dato, fx 15.01.2027.</source>
        <translation>Type a date, e.g. 15.01.2027.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;Filer</source>
        <extracomment>Items that need an open meeting.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nyt møde</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <source>&amp;Indlæs data …</source>
        <translation>&amp;Load data …</translation>
    </message>
    <message>
        <source>&amp;Luk mødet</source>
        <translation>&amp;Close meeting</translation>
    </message>
    <message>
        <source>Indstilling&amp;er …</source>
        <translation>S&amp;ettings …</translation>
    </message>
    <message>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Fortryd</source>
        <extracomment>Shown without a meeting: disabled, keyless; the meeting&apos;s own actions replace them.</extracomment>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Annullér fortryd</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Møde</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;Næste trin</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>&amp;Forrige trin</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <source>Trinets &amp;spørgsmål</source>
        <translation>The step&apos;s &amp;questions</translation>
    </message>
    <message>
        <source>&amp;Trædestensrapport</source>
        <translation>S&amp;tepping-stone report</translation>
    </message>
    <message>
        <source>&amp;Opsamling og eksport</source>
        <translation>S&amp;ummary and export</translation>
    </message>
    <message>
        <source>&amp;Præsentation</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <source>&amp;Præsentér fra begyndelsen</source>
        <translation>Present from the &amp;beginning</translation>
    </message>
    <message>
        <source>Præsentér fra &amp;dette trin</source>
        <translation>Present from &amp;this step</translation>
    </message>
    <message>
        <source>&amp;Sort skærm</source>
        <translation>B&amp;lack screen</translation>
    </message>
    <message>
        <source>&amp;Hvid skærm</source>
        <translation>&amp;White screen</translation>
    </message>
    <message>
        <source>S&amp;top præsentation</source>
        <translation>S&amp;top presenting</translation>
    </message>
    <message>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Metoden til dette trin</source>
        <translation>The &amp;method for this step</translation>
    </message>
    <message>
        <source>&amp;Om dialogtool</source>
        <translation>&amp;About dialogtool</translation>
    </message>
    <message>
        <source>Menulinje</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <source>Flere menuer</source>
        <translation>More menus</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ugemt arbejde</source>
        <extracomment>The meetings, their index, the library (``dialogtool.app``, shared with the CLI). The wall clock for meetings&apos; timeboxes; tests pass one they move by hand. Asks what to do with an edit that could not be saved (while it is open). Filer, Rediger, Møde, Præsentation, Hjælp (``ui.menus``). The first run&apos;s welcome (an empty data folder), else None.</extracomment>
        <translation>Unsaved work</translation>
    </message>
    <message>
        <source>Indlæser demodata …</source>
        <translation>Loading demo data …</translation>
    </message>
    <message>
        <source>Mødet kunne ikke oprettes</source>
        <translation>The meeting could not be created</translation>
    </message>
    <message>
        <source>Det nye møde kunne ikke gemmes. %1</source>
        <translation>The new meeting could not be saved. %1</translation>
    </message>
    <message>
        <source>Kan ikke åbne mødet</source>
        <translation>Cannot open the meeting</translation>
    </message>
    <message>
        <source>siden sidst</source>
        <translation>since last time</translation>
    </message>
    <message>
        <source>Mødet er åbent et andet sted</source>
        <translation>The meeting is open elsewhere</translation>
    </message>
    <message>
        <source>%1 har også dette møde åbent på computeren %2. Skriver I begge i det, gemmes den senestes ændringer som en konfliktkopi ved siden af.</source>
        <translation>%1 also has this meeting open on the computer %2. If you both write in it, the later one&apos;s changes are saved as a conflict copy alongside.</translation>
    </message>
    <message>
        <source>Trædestensrapport</source>
        <translation>Stepping-stone report</translation>
    </message>
    <message>
        <source>Indlæs data eller brug demodata først.</source>
        <translation>Import data or use demo data first.</translation>
    </message>
    <message>
        <source>Intet af det, du har skrevet, er gået tabt.</source>
        <translation>Nothing you have written has been lost.</translation>
    </message>
    <message>
        <source>Prøvegennemgangen er stadig åben; den bliver ikke gemt.</source>
        <translation>The rehearsal is still open; it will not be saved.</translation>
    </message>
    <message>
        <source>Intet er gået tabt: alt, hvad du har skrevet i mødet, er gemt.</source>
        <translation>Nothing has been lost: everything you wrote in the meeting is saved.</translation>
    </message>
    <message>
        <source>Mødet kunne ikke gemmes lige nu, men det er stadig åbent, så intet er tabt. Når du lukker det, kan du prøve igen eller gemme en kopi et andet sted.</source>
        <translation>The meeting could not be saved just now, but it is still open, so nothing is lost. When you close it, you can try again or save a copy somewhere else.</translation>
    </message>
    <message>
        <source>Henter datasættet fra sidst …</source>
        <translation>Fetching the dataset from last time …</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Hvilke kolonner er hvad? – %1</source>
        <extracomment>Tidy observations shown in the preview. The user chose another sheet; the flow reads it and calls ``set_source``.</extracomment>
        <translation>Which columns are what? – %1</translation>
    </message>
    <message>
        <source>Sådan blev filen læst. Ret, hvilken kolonne der er hvad – forhåndsvisningen nederst viser straks, hvad det giver. Valget huskes til næste fil fra samme kilde.</source>
        <translation>This is how the file was read. Correct which column is what – the preview at the bottom shows the result at once. The choice is remembered for the next file from the same source.</translation>
    </message>
    <message>
        <source>Vi er ikke helt sikre på, hvordan filen skal læses. Vælg, hvilken kolonne der er hvad – forhåndsvisningen nederst viser straks, hvad det giver. Valget huskes til næste fil fra samme kilde.</source>
        <translation>We are not quite sure how to read the file. Choose which column is what – the preview at the bottom shows the result at once. The choice is remembered for the next file from the same source.</translation>
    </message>
    <message>
        <source>&amp;Ark:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>ingen overskrift</source>
        <translation>no heading</translation>
    </message>
    <message>
        <source>&amp;Overskrift i række:</source>
        <translation>&amp;Heading in row:</translation>
    </message>
    <message>
        <source>&amp;Lang</source>
        <translation>&amp;Long</translation>
    </message>
    <message>
        <source>Én række pr. tal, med en kolonne for nøgletallets navn</source>
        <translation>One row per number, with a column for the indicator&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Bred</source>
        <translation>&amp;Wide</translation>
    </message>
    <message>
        <source>Én kolonne pr. nøgletal</source>
        <translation>One column per indicator</translation>
    </message>
    <message>
        <source>Pe&amp;rioder på tværs</source>
        <translation>Pe&amp;riods across</translation>
    </message>
    <message>
        <source>Etiketter ned ad siden og én kolonne pr. periode (som Statistikbankens og Jobindsats&apos; tabeller)</source>
        <translation>Labels down the side and one column per period (like the tables of Statistics Denmark and Jobindsats)</translation>
    </message>
    <message>
        <source>Opbygning:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Måned/kvartal/&amp;uge:</source>
        <translation>Month/quarter/&amp;week:</translation>
    </message>
    <message>
        <source>Når perioden står i to kolonner: året i den ene, måned, kvartal eller uge i den anden</source>
        <translation>When the period is in two columns: the year in one, month, quarter or week in the other</translation>
    </message>
    <message>
        <source>&amp;Gruppe (team):</source>
        <translation>&amp;Group (team):</translation>
    </message>
    <message>
        <source>&amp;Nøgletal (navn):</source>
        <translation>&amp;Indicator (name):</translation>
    </message>
    <message>
        <source>fx Fuldtidsledige</source>
        <translation>e.g. Full-time unemployed</translation>
    </message>
    <message>
        <source>Nøgletallets n&amp;avn:</source>
        <translation>Indicator n&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Værdi:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>&amp;Mål:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>Nøgletals&amp;kolonner:</source>
        <translation>Indicator &amp;columns:</translation>
    </message>
    <message>
        <source>Kolonnerne er g&amp;rupper (teams på tværs)</source>
        <translation>The columns are g&amp;roups (teams across)</translation>
    </message>
    <message>
        <source>Kolonnerne er teams eller områder (og evt. en total) for ét nøgletal, ikke hver sit nøgletal</source>
        <translation>The columns are teams or areas (and perhaps a total) of one indicator, not one indicator each</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filens første rækker&lt;/b&gt;</source>
        <translation>&lt;b&gt;The file&apos;s first rows&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Første observationer</source>
        <translation>First observations</translation>
    </message>
    <message>
        <source>Problemer</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Indlæs</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Læser arket %1 …</source>
        <extracomment>Columns whose values the proposal adds to the indicator names (not chosen here).</extracomment>
        <translation>Reading the sheet %1 …</translation>
    </message>
    <message>
        <source>Markér mindst én nøgletalskolonne.</source>
        <translation>Select at least one indicator column.</translation>
    </message>
    <message>
        <source>Den samme kolonne er valgt til to ting.</source>
        <translation>The same column is chosen for two things.</translation>
    </message>
    <message>
        <source>Vælg kolonnen med perioder.</source>
        <translation>Choose the column with periods.</translation>
    </message>
    <message>
        <source>Vælg kolonnen med nøgletallenes navne.</source>
        <translation>Choose the column with the indicators&apos; names.</translation>
    </message>
    <message>
        <source>Gruppekolonnen og teams på tværs kan ikke bruges samtidig.</source>
        <translation>The group column and teams across cannot be used together.</translation>
    </message>
    <message>
        <source>Ingen kolonneoverskrift er en periode; vælg overskriftsrækken med perioderne.</source>
        <translation>No column heading is a period; choose the heading row with the periods.</translation>
    </message>
    <message>
        <source>Gruppe&amp;kolonner:</source>
        <translation>Group &amp;columns:</translation>
    </message>
    <message>
        <source>periode</source>
        <translation>period</translation>
    </message>
    <message>
        <source>gruppe</source>
        <translation>group</translation>
    </message>
    <message>
        <source>nøgletal</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>værdi</source>
        <translation>value</translation>
    </message>
    <message>
        <source>mål</source>
        <translation>target</translation>
    </message>
    <message>
        <source>del af navn</source>
        <translation>part of name</translation>
    </message>
    <message>
        <source>(alle)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Nøgletal</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Værdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Problemer (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Forhåndsvisning af de første %1 rækker: %2 nøgletal, %3 grupper, perioder %4–%5.</source>
        <translation>Preview of the first %1 rows: %2 indicators, %3 groups, periods %4–%5.</translation>
    </message>
    <message>
        <source>%1 celler eller rækker giver problemer – se fanen.</source>
        <translation>%1 cells or rows cause problems – see the tab.</translation>
    </message>
</context>
<context>
    <name>MeetingFile</name>
    <message>
        <source>{problem} Filen er flyttet uændret til {moved}.</source>
        <translation>{problem} The file was moved unchanged to {moved}.</translation>
    </message>
    <message>
        <source>Mødefilen {name} kunne ikke læses ({detail}). Den er ikke ændret.</source>
        <extracomment>One limit for saving and loading: a save above it is refused before anything is written (a file the next start would refuse is a meeting lost). A real meeting is well under 1 MB; pasted material may make it tens of MB; 64 MB loads in ~2 s. The one rule for a record id that becomes part of a file name (store, bin, locks). Kinds whose file is moved aside: its content will never load as it is.</extracomment>
        <translation>The meeting file {name} could not be read ({detail}). It has not been changed.</translation>
    </message>
    <message>
        <source>Mødefilen {name} er beskadiget og kan ikke åbnes ({detail}). Den er ikke ændret; tag en kopi, før du sletter den.</source>
        <translation>The meeting file {name} is damaged and cannot be opened ({detail}). It has not been changed; keep a copy before deleting it.</translation>
    </message>
    <message>
        <source>Mødefilen {name} har formatversion {detail}, som denne udgave af dialogtool ikke kender (den kender op til version {current}). Opdatér dialogtool for at åbne den; filen er ikke ændret.</source>
        <translation>The meeting file {name} has format version {detail}, which this version of dialogtool does not know (it knows up to version {current}). Update dialogtool to open it; the file has not been changed.</translation>
    </message>
    <message>
        <source>Mødefilen {name} indeholder felter, der ikke giver mening ({detail}). Den er ikke ændret.</source>
        <translation>The meeting file {name} contains fields that do not make sense ({detail}). It has not been changed.</translation>
    </message>
    <message>
        <source>Mødefilen {name} er for stor til at være et møde ({detail}) og er ikke åbnet. Den er ikke ændret.</source>
        <translation>The meeting file {name} is too large to be a meeting ({detail}) and was not opened. It has not been changed.</translation>
    </message>
    <message>
        <source>Mødefilen {name} er en genvej til en fil uden for mødemappen og er ikke åbnet.</source>
        <translation>The meeting file {name} is a link to a file outside the meetings folder and was not opened.</translation>
    </message>
    <message>
        <source>Filen {name} er en kopi af mødet i {detail} (fx en konfliktkopi fra OneDrive eller Dropbox). Den er ikke åbnet: sammenlign de to, og flyt ændringerne over i hånden.</source>
        <translation>The file {name} is a copy of the meeting in {detail} (e.g. a conflict copy from OneDrive or Dropbox). It was not opened: compare the two and move the changes over by hand.</translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <source>Mødet kunne ikke gemmes. %1</source>
        <extracomment>The autosave&apos;s delay unless the user chose another (the kill harness measures against it). Emitted after any edit (pages refresh derived views, e.g. the summary). Emitted after an operation, an undo or a redo, with the :class:`Changes` it made. What can be undone or redone changed (the menu names the step). An undo or redo put back an earlier record (carries the Changes): views reload. Emitted after the record was written; carries the file path. Emitted when saving failed; carries a sentence for the user. Emitted when the meeting moves between editable and read-only. The meeting moved to another step (carries the PhaseId value). Another indicator is shown on the data page (&quot;&quot; for none). The data page shows the indicator another way (carries the DataView value). The leader chose what the room sees as the question of the current step. The leader put Tomm&apos;s board on the room&apos;s screen, or took it off. From the writer thread: a background write ended (carries its future). The meeting&apos;s clock was started, paused, resumed or reset. The leader asked, from within the meeting, to load a data file. Another dataset is shown from now on (a file was loaded). The phase plan changed: timeboxes, or phases added, removed or reordered. The earlier meetings of this one&apos;s series, oldest first (the window sets it from the application layer, which reads them through the history index). The wall clock; tests pass one they move by hand. A walk-through of a copy of the record: edits are kept in memory only. The one write in flight on the writer thread, if any. The autosave&apos;s thread, made at the first background write, ended by ``close``. The view the room sees: the leader&apos;s last choice of one the room may see, so looking at *Detaljer* (the rows behind a number) on the leader&apos;s screen changes nothing there. Tomm&apos;s 2×2 on the room&apos;s screen as the leader set it; None: shown while the room has no question (the step&apos;s default, never an arbitrary question). The question the leader put on screen, per step, indicator and UGU step. Undo and redo for this meeting while it is open.</extracomment>
        <translation>The meeting could not be saved. %1</translation>
    </message>
    <message>
        <source>Indlæs data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>Skift trin</source>
        <translation>Change step</translation>
    </message>
    <message>
        <source>Vis nøgletal</source>
        <translation>Show indicator</translation>
    </message>
    <message>
        <source>Start mødet</source>
        <translation>Start the meeting</translation>
    </message>
    <message>
        <source>Pause mødet</source>
        <translation>Pause the meeting</translation>
    </message>
    <message>
        <source>Nulstil uret</source>
        <translation>Reset the clock</translation>
    </message>
    <message>
        <source>Afslut mødet</source>
        <translation>End the meeting</translation>
    </message>
    <message>
        <source>Genåbn mødet</source>
        <translation>Reopen the meeting</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Mødet er afsluttet og vises skrivebeskyttet.</source>
        <extracomment>Room for the longest step name; with the notes&apos; minimum, a 1024 px screen keeps about 600 px for the page. The leader asked for the stepping-stone report (F3). The pages built so far: a step&apos;s page is built when it is first needed, so opening a meeting builds one page, not ten. Every step&apos;s page, by step (built on first look).</extracomment>
        <translation>The meeting has ended and is shown read-only.</translation>
    </message>
    <message>
        <source>Fortsæt mødet</source>
        <translation>Continue the meeting</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prøvegennemgang – gemmes ikke.&lt;/b&gt; Du kan prøve alt af; intet bliver gemt, og mødet er uændret bagefter.</source>
        <translation>&lt;b&gt;Rehearsal – not saved.&lt;/b&gt; You can try everything out; nothing is saved, and the meeting is unchanged afterwards.</translation>
    </message>
    <message>
        <source>Afslut prøven</source>
        <translation>End the rehearsal</translation>
    </message>
    <message>
        <source>Mødets trin</source>
        <translation>The meeting&apos;s steps</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>deles i opsamlingen</source>
        <translation>shared in the summary</translation>
    </message>
    <message>
        <source>Private noter</source>
        <translation>Private notes</translation>
    </message>
    <message>
        <source>kun til dig</source>
        <translation>only for you</translation>
    </message>
    <message>
        <source>referat</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>private noter</source>
        <translation>private notes</translation>
    </message>
    <message>
        <source>Til forsiden</source>
        <translation>To the start page</translation>
    </message>
    <message>
        <source>← Forrige</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <source>Næste →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>Metode (F1)</source>
        <translation>Method (F1)</translation>
    </message>
    <message>
        <source>Kort om metoden i denne fase: hvad, hvorfor, hvordan</source>
        <translation>The method of this phase in brief: what, why, how</translation>
    </message>
    <message>
        <source>Spørgsmål (F2)</source>
        <extracomment>Fortryd / Annullér fortryd, named after the edit they take back.</extracomment>
        <translation>Questions (F2)</translation>
    </message>
    <message>
        <source>Skabelonens spørgsmål til trinnet og flere familier – sæt flueben, når stillet</source>
        <translation>The template&apos;s questions for the step and more families – tick them when asked</translation>
    </message>
    <message>
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Gemmer …</source>
        <extracomment>The audience window, the presenter&apos;s controls and the presenting keys.</extracomment>
        <translation>Saving …</translation>
    </message>
</context>
<context>
    <name>MethodSteps</name>
    <message>
        <source>Handlinger står før data: I aftaler, før I har undersøgt tallene sammen.</source>
        <translation>Action items come before the data: you agree before you have explored the numbers together.</translation>
    </message>
    <message>
        <source>Handlinger står før forklaringer: Find forklaringerne, før I skrider til handling.</source>
        <translation>Action items come before explanations: find the explanations before moving to action.</translation>
    </message>
    <message>
        <source>Uden rammesætning hører deltagerne hverken formål og udbytte eller, hvordan dialogen foregår – datakontrakten mangler.</source>
        <extracomment>What the method loses without each step.</extracomment>
        <translation>Without the framing, participants hear neither purpose and outcome nor how the dialogue works – the data contract is missing.</translation>
    </message>
    <message>
        <source>Uden tjek ind forbinder deltagerne sig ikke med formål og udbytte, før I går i gang.</source>
        <translation>Without the check-in, participants do not connect to purpose and outcome before you begin.</translation>
    </message>
    <message>
        <source>Uden tjek ud samler I ikke op på læringen og på, hvad det skal føre til af handling.</source>
        <translation>Without the check-out, you do not gather up the learning and what it should lead to in action.</translation>
    </message>
    <message>
        <source>Uden forklaringer går I fra tallene direkte til handling – spillepladen finder forklaringer, før I skrider til handling.</source>
        <translation>Without explanations you go from the numbers straight to action – the game board finds explanations before moving to action.</translation>
    </message>
</context>
<context>
    <name>NextPreview</name>
    <message>
        <source>Dette er mødets sidste trin.</source>
        <extracomment>The picture&apos;s width on the leader&apos;s screen (4:3, as the projector&apos;s base size).</extracomment>
        <translation>This is the meeting&apos;s last step.</translation>
    </message>
    <message>
        <source>Næste: %1 – kun på din skærm, gruppen ser det først, når du går videre.</source>
        <translation>Next: %1 – only on your screen; the group sees it only when you move on.</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fordeling af indlæg&lt;/b&gt; – kun for dig</source>
        <translation>&lt;b&gt;Sharing the floor&lt;/b&gt; – only for you</translation>
    </message>
    <message>
        <source>I listens rækkefølge</source>
        <translation>In list order</translation>
    </message>
    <message>
        <source>Bland</source>
        <translation>Shuffle</translation>
    </message>
    <message>
        <source>Næste taler</source>
        <translation>Next speaker</translation>
    </message>
    <message>
        <source>Står over</source>
        <translation>Passes</translation>
    </message>
    <message>
        <source>+1 indlæg</source>
        <translation>+1 contribution</translation>
    </message>
    <message>
        <source>Tæl et indlæg fra den valgte (dobbeltklik også)</source>
        <translation>Count a contribution from the selected person (double-click too)</translation>
    </message>
    <message>
        <source>Taletid pr. person</source>
        <translation>Speaking time per person</translation>
    </message>
    <message>
        <source>Ingen taletid</source>
        <translation>No speaking time</translation>
    </message>
    <message>
        <source> sek./person</source>
        <translation> sec./person</translation>
    </message>
    <message>
        <source>Personer pr. gruppe</source>
        <translation>People per group</translation>
    </message>
    <message>
        <source>Personer pr. gruppe: </source>
        <translation>People per group: </translation>
    </message>
    <message>
        <source>Minutter i grupperne</source>
        <translation>Minutes in the groups</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Del i grupper</source>
        <translation>Split into groups</translation>
    </message>
    <message>
        <source>Saml op</source>
        <translation>Gather up</translation>
    </message>
    <message>
        <source> (står over)</source>
        <translation> (passes)</translation>
    </message>
</context>
<context>
    <name>PeriodKind</name>
    <message>
        <source>år</source>
        <translation>year</translation>
    </message>
    <message>
        <source>halvår</source>
        <translation>half-year</translation>
    </message>
    <message>
        <source>kvartal</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>måned</source>
        <translation>month</translation>
    </message>
    <message>
        <source>uge</source>
        <translation>week</translation>
    </message>
    <message>
        <source>dag</source>
        <translation>day</translation>
    </message>
</context>
<context>
    <name>PeriodKinds</name>
    <message>
        <source>år</source>
        <extracomment>A kind of period, counted (&quot;3 måneder&quot;) and alone (&quot;1 måned&quot;).</extracomment>
        <translation>years</translation>
    </message>
    <message>
        <source>halvår</source>
        <translation>half-years</translation>
    </message>
    <message>
        <source>kvartaler</source>
        <translation>quarters</translation>
    </message>
    <message>
        <source>måneder</source>
        <translation>months</translation>
    </message>
    <message>
        <source>uger</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>dage</source>
        <translation>days</translation>
    </message>
</context>
<context>
    <name>PhaseQuestions</name>
    <message>
        <source>Stillet: »{question}«</source>
        <extracomment>Families a question step can show beside the template&apos;s picks (domain.md §7, §8, §11).</extracomment>
        <translation>Asked: “{question}”</translation>
    </message>
    <message>
        <source>Ikke stillet: »{question}«</source>
        <translation>Not asked: “{question}”</translation>
    </message>
</context>
<context>
    <name>PhaseQuestionsPanel</name>
    <message>
        <source>Sæt flueben, når et spørgsmål er stillet.</source>
        <extracomment>Steps whose page lists its questions itself: preparation, the rounds, the question round.</extracomment>
        <translation>Tick a question when it has been asked.</translation>
    </message>
    <message>
        <source>Flere spørgsmål</source>
        <translation>More questions</translation>
    </message>
    <message>
        <source>Vis på skærmen</source>
        <translation>Show on screen</translation>
    </message>
    <message>
        <source>Flere spørgsmål …</source>
        <translation>More questions …</translation>
    </message>
    <message>
        <source>Spørgsmål til %1</source>
        <translation>Questions for %1</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <source>Forberedelse</source>
        <extracomment>How the room&apos;s slide is filled for this step. Whose notes the step shows: preparation keeps its notes with the framing.</extracomment>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Rammesætning</source>
        <translation>Framing</translation>
    </message>
    <message>
        <source>Tjek ind</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Siden sidst</source>
        <translation>Since last time</translation>
    </message>
    <message>
        <source>Data i kontekst</source>
        <translation>Data in context</translation>
    </message>
    <message>
        <source>Spørgsmål</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Spørgsmålsrunde</source>
        <translation>Question round</translation>
    </message>
    <message>
        <source>Forklaringer</source>
        <translation>Explanations</translation>
    </message>
    <message>
        <source>Handlinger</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Tjek ud</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Opsamling</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Skærm til gruppen</source>
        <translation>Screen for the group</translation>
    </message>
    <message>
        <source>Spejling: fuld skærm på den eneste skærm</source>
        <translation>Mirroring: full screen on the only screen</translation>
    </message>
    <message>
        <source>Vis nedtælling for gruppen</source>
        <translation>Show the countdown to the group</translation>
    </message>
    <message>
        <source>Vis også gruppen, når tiden er overskredet</source>
        <translation>Also show the group when time is up</translation>
    </message>
    <message>
        <source>Lyd ved 20 % og 5 % tid tilbage og ved tidens udløb</source>
        <translation>Sound at 20 % and 5 % time left and when time runs out</translation>
    </message>
    <message>
        <source>Indlæg pr. person</source>
        <translation>Contributions per person</translation>
    </message>
    <message>
        <source>Slet møder ældre end (måneder, 0 = ingen regel)</source>
        <translation>Delete meetings older than (months, 0 = no rule)</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Tekststørrelse i programmet</source>
        <translation>Text size in the program</translation>
    </message>
    <message>
        <source>Datamappe</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Gem automatisk efter (sekunder uden skrivning)</source>
        <translation>Save automatically after (seconds without typing)</translation>
    </message>
    <message>
        <source>Skriftstørrelse</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>Mappe til gemte opsamlinger</source>
        <translation>Folder for saved summaries</translation>
    </message>
    <message>
        <source>Mappe for sidst åbnede fil</source>
        <translation>Folder of the last opened file</translation>
    </message>
    <message>
        <source>Deltagernes navne</source>
        <translation>The participants&apos; names</translation>
    </message>
    <message>
        <source>Ord fra tjek ind og tjek ud</source>
        <translation>Words from check-in and check-out</translation>
    </message>
    <message>
        <source>Lederens perspektiv, som blev givet</source>
        <translation>The leader&apos;s perspective that was given</translation>
    </message>
    <message>
        <source>Skjul detaljelister med færre end 5 personer</source>
        <translation>Hide detail lists with fewer than 5 people</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <source>Forberedelse</source>
        <extracomment>Room for the page&apos;s margins and the vertical scroll bar beside the boxes.</extracomment>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Afklar i denne rækkefølge: formål, udbytte – og først derefter proces. Vælg også, hvilken rolle du tager over for tallene.</source>
        <translation>Clarify in this order: purpose, outcome – and only then process. Also choose which role you take towards the numbers.</translation>
    </message>
    <message>
        <source>Mødet</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Mødetype</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>mødeleder</source>
        <translation>meeting leader</translation>
    </message>
    <message>
        <source>Mødeleder</source>
        <translation>Meeting leader</translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Navn på deltager</source>
        <translation>Participant&apos;s name</translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Din rolle over for tallene</source>
        <translation>Your role towards the numbers</translation>
    </message>
    <message>
        <source>Start i</source>
        <translation>Start in</translation>
    </message>
    <message>
        <source>FUP</source>
        <translation>FUP</translation>
    </message>
    <message>
        <source>&lt;b&gt;Formål&lt;/b&gt; – hvorfor mødes vi?</source>
        <translation>&lt;b&gt;Purpose&lt;/b&gt; – why are we meeting?</translation>
    </message>
    <message>
        <source>Vi mødes for at …</source>
        <translation>We are meeting to …</translation>
    </message>
    <message>
        <source>formål</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>&lt;b&gt;Udbytte&lt;/b&gt; – hvad har vi konkret, når mødet slutter?</source>
        <translation>&lt;b&gt;Outcome&lt;/b&gt; – what do we concretely have when the meeting ends?</translation>
    </message>
    <message>
        <source>Når klokken er … og vi er færdige, har vi …</source>
        <translation>When it is … o&apos;clock and we are done, we have …</translation>
    </message>
    <message>
        <source>udbytte</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Minutter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Tilføj punkt</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>ny deltager &apos;%1&apos;</source>
        <translation>new participant &apos;%1&apos;</translation>
    </message>
    <message>
        <source>fjern deltager &apos;%1&apos;</source>
        <translation>remove participant &apos;%1&apos;</translation>
    </message>
    <message>
        <source>mødetype</source>
        <translation>meeting type</translation>
    </message>
    <message>
        <source>tidspunkt</source>
        <translation>time</translation>
    </message>
    <message>
        <source>hvis tal</source>
        <translation>whose numbers</translation>
    </message>
    <message>
        <source>din rolle</source>
        <translation>your role</translation>
    </message>
    <message>
        <source>start i</source>
        <translation>start in</translation>
    </message>
    <message>
        <source>mødets længde</source>
        <translation>the meeting&apos;s length</translation>
    </message>
    <message>
        <source>Nyt punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Fjern punkt</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Vælg en gruppe</source>
        <translation>Choose a group</translation>
    </message>
    <message>
        <source>Tallene viser</source>
        <translation>The numbers show</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proces&lt;/b&gt; – dagsorden med tidsrammer; den er mødets faser</source>
        <translation>&lt;b&gt;Process&lt;/b&gt; – an agenda with time frames; it is the meeting&apos;s phases</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Et punkt mere i den valgte fase</source>
        <translation>One more item in the selected phase</translation>
    </message>
    <message>
        <source>Fjerner punktet; er det fasens eneste, fjernes fasen</source>
        <translation>Removes the item; if it is the phase&apos;s only one, the phase is removed</translation>
    </message>
    <message>
        <source>Fase op</source>
        <translation>Phase up</translation>
    </message>
    <message>
        <source>Fase ned</source>
        <translation>Phase down</translation>
    </message>
    <message>
        <source>Tilføj fase</source>
        <translation>Add phase</translation>
    </message>
    <message>
        <source>Mødets længde</source>
        <translation>Length of the meeting</translation>
    </message>
    <message>
        <source>Gem som min skabelon …</source>
        <translation>Save as my template …</translation>
    </message>
    <message>
        <source>Næste møde af samme slags kan starte med disse faser, tider og FUP</source>
        <translation>The next meeting of the same kind can start with these phases, times and FUP</translation>
    </message>
    <message>
        <source>Gem som min skabelon</source>
        <translation>Save as my template</translation>
    </message>
    <message>
        <source>Skabelonens navn:</source>
        <translation>Template name:</translation>
    </message>
    <message>
        <source>Skabelon</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Gemt som skabelonen »%1«.</source>
        <translation>Saved as the template “%1”.</translation>
    </message>
    <message>
        <source>Vælg, hvilken gruppes tal der vises.</source>
        <translation>Choose which group&apos;s numbers are shown.</translation>
    </message>
    <message>
        <source>»%1« er ikke en gruppe i data: vælg, hvilken gruppes tal der vises.</source>
        <translation>“%1” is not a group in the data: choose which group&apos;s numbers are shown.</translation>
    </message>
    <message>
        <source>nyt punkt</source>
        <translation>new item</translation>
    </message>
    <message>
        <source>fjern punkt &apos;%1&apos;</source>
        <translation>remove item &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Mødet har været i den fase; den kan ikke fjernes.</source>
        <translation>The meeting has been in that phase; it cannot be removed.</translation>
    </message>
    <message>
        <source>tilføj fasen &apos;%1&apos;</source>
        <translation>add the phase &apos;%1&apos;</translation>
    </message>
    <message>
        <source>flyt fasen &apos;%1&apos;</source>
        <translation>move the phase &apos;%1&apos;</translation>
    </message>
    <message>
        <source>I alt %1 af %2 min</source>
        <translation>%1 of %2 min in total</translation>
    </message>
    <message>
        <source>Dagsordenen er %1 min længere end mødet.</source>
        <translation>The agenda is %1 min longer than the meeting.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Præsentation</source>
        <extracomment>With one screen, the room&apos;s preview takes this share of the screen&apos;s width (4:3). What the leader&apos;s panels and the room&apos;s window show: all but notes, the log and the clock (the clock has its own signal). A keystroke in a note rebuilds nothing here. The visible shuffle of the speaking order has landed on its final order. Next/previous from a clicker or the audience window (the host steps through its pages). Plays the timer&apos;s chime (tests put a recorder here).</extracomment>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Manuskript</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Rummet</source>
        <extracomment>The room takes part from phones (issue 21): its own panel and part of the screen.</extracomment>
        <translation>The room</translation>
    </message>
    <message>
        <source>Dig (leder)</source>
        <translation>You (leader)</translation>
    </message>
    <message>
        <source>Udvikling</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Sammenlign</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Seneste</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Nu: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Now: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Næste: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Mødet er afsluttet (%1)</source>
        <translation>The meeting has ended (%1)</translation>
    </message>
    <message>
        <source>Mødet: %1 over tid</source>
        <translation>Meeting: %1 over time</translation>
    </message>
    <message>
        <source>Mødet: %1 tilbage</source>
        <translation>Meeting: %1 left</translation>
    </message>
    <message>
        <source>Mødet: %1 – ikke startet</source>
        <translation>Meeting: %1 – not started</translation>
    </message>
    <message>
        <source>Mødet: %1 – på pause</source>
        <translation>Meeting: %1 – paused</translation>
    </message>
    <message>
        <source>%1 min bagud</source>
        <translation>%1 min behind</translation>
    </message>
    <message>
        <source>%1 min foran</source>
        <translation>%1 min ahead</translation>
    </message>
    <message>
        <source>+%1 over tid</source>
        <translation>+%1 over time</translation>
    </message>
    <message>
        <source>Taletid: %1</source>
        <translation>Speaking time: %1</translation>
    </message>
    <message>
        <source>Tid i grupperne: %1</source>
        <translation>Time in the groups: %1</translation>
    </message>
    <message>
        <source>Rød tråd: Vi er cirka halvvejs – hvordan er vi blevet klogere indtil nu?</source>
        <translation>Common thread: We are about halfway – how have we become wiser so far?</translation>
    </message>
    <message>
        <source>Rød tråd: Vi har en halv time tilbage – er der andet, vi skal nå?</source>
        <translation>Common thread: We have half an hour left – is there anything else we need to cover?</translation>
    </message>
    <message>
        <source>Rød tråd: Ti minutter tilbage – hvad skal vi have samlet op, og hvornår følger vi op?</source>
        <translation>Common thread: Ten minutes left – what do we need to gather up, and when do we follow up?</translation>
    </message>
    <message>
        <source>Nulstil mødets tid?</source>
        <translation>Reset the meeting&apos;s time?</translation>
    </message>
    <message>
        <source>Mødet og alle faser starter igen med hele deres tid. Det, der er skrevet, bliver, som det er.</source>
        <translation>The meeting and every phase start again with their full time. What has been written stays as it is.</translation>
    </message>
    <message>
        <source>Ét minut mere til %1</source>
        <translation>One more minute for %1</translation>
    </message>
    <message>
        <source>Brobyg: »%1«</source>
        <translation>Bridge: “%1”</translation>
    </message>
    <message>
        <source>forudsig først</source>
        <translation>predict first</translation>
    </message>
    <message>
        <source>vis grafen straks</source>
        <translation>show the chart at once</translation>
    </message>
    <message>
        <source>vis grafen</source>
        <translation>show the chart</translation>
    </message>
    <message>
        <source>taleorden</source>
        <translation>speaking order</translation>
    </message>
    <message>
        <source>tilfældig taleorden</source>
        <translation>random speaking order</translation>
    </message>
    <message>
        <source>næste taler</source>
        <translation>next speaker</translation>
    </message>
    <message>
        <source>står over</source>
        <translation>passes</translation>
    </message>
    <message>
        <source>taletælling</source>
        <translation>contribution count</translation>
    </message>
    <message>
        <source>Talt: %1</source>
        <translation>Counted: %1</translation>
    </message>
    <message>
        <source>små grupper</source>
        <translation>small groups</translation>
    </message>
    <message>
        <source>saml op</source>
        <translation>gather up</translation>
    </message>
    <message>
        <source>taletid</source>
        <translation>speaking time</translation>
    </message>
</context>
<context>
    <name>PresenterBar</name>
    <message>
        <source>Klik på Næste for at se trinnet, som gruppen vil se det</source>
        <extracomment>Start, pause or resume the meeting&apos;s clock. &quot;+1 min&quot;: one more minute for the phase shown. Put Tomm&apos;s board on the room&apos;s screen (True) or take it off.</extracomment>
        <translation>Click Next to see the step as the group will see it</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Giv fasen ét minut mere (tasten +, mens du præsenterer)</source>
        <translation>Give the phase one more minute (the + key while presenting)</translation>
    </message>
    <message>
        <source>De afsluttede faser og den aktuelle, målt mod planen</source>
        <translation>The finished phases and the current one, measured against the plan</translation>
    </message>
    <message>
        <source>Gæt først</source>
        <translation>Guess first</translation>
    </message>
    <message>
        <source>Grafen skjules, mens der gættes på, hvor tallet landede</source>
        <translation>The chart is hidden while people guess where the number landed</translation>
    </message>
    <message>
        <source>Vis grafen</source>
        <translation>Show the chart</translation>
    </message>
    <message>
        <source>Brobyg</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>Send spørgsmålet videre til gruppen (kun på din skærm)</source>
        <translation>Pass the question on to the group (only on your screen)</translation>
    </message>
    <message>
        <source>Nulstil tid</source>
        <translation>Reset time</translation>
    </message>
    <message>
        <source>Start forfra med hele mødets tid</source>
        <translation>Start over with the meeting&apos;s full time</translation>
    </message>
    <message>
        <source>Vis spørgsmålstyperne</source>
        <translation>Show the question types</translation>
    </message>
    <message>
        <source>Vis de fire spørgsmålstyper med mødets spørgsmål på skærmen</source>
        <translation>Show the four question types with the meeting&apos;s questions on the screen</translation>
    </message>
    <message>
        <source>Det, du vælger under Udvikling, Sammenlign og Seneste, ser gruppen også; Detaljer ser kun du</source>
        <translation>What you choose under Trend, Compare and Latest the group sees too; Details only you see</translation>
    </message>
    <message>
        <source>Sort (B)</source>
        <translation>Black (B)</translation>
    </message>
    <message>
        <source>Hvid (W)</source>
        <translation>White (W)</translation>
    </message>
    <message>
        <source>Skærm</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>While the room&apos;s screen is black or white the leader must not miss it.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <extracomment>The screen the room&apos;s window goes to when none is chosen (the presenter&apos;s rule).</extracomment>
        <translation>Stop (Esc)</translation>
    </message>
    <message>
        <source>Præsentér (F5)</source>
        <translation>Present (F5)</translation>
    </message>
    <message>
        <source>Pause mødet</source>
        <translation>Pause the meeting</translation>
    </message>
    <message>
        <source>Fortsæt efter pausen</source>
        <translation>Continue after the break</translation>
    </message>
    <message>
        <source>Gruppen ser en sort skærm – tryk B for at vise billedet igen</source>
        <translation>The group sees a black screen – press B to show the picture again</translation>
    </message>
    <message>
        <source>Gruppen ser en hvid skærm – tryk W for at vise billedet igen</source>
        <translation>The group sees a white screen – press W to show the picture again</translation>
    </message>
    <message>
        <source>Skærmen viser: %1</source>
        <translation>The screen shows: %1</translation>
    </message>
    <message>
        <source>Start mødet</source>
        <translation>Start the meeting</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Fil</source>
        <extracomment>A light tint behind the columns the mapping uses.</extracomment>
        <translation>File</translation>
    </message>
    <message>
        <source>Ark</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Række</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>QuadrantBox</name>
    <message>
        <source>  (stillet)</source>
        <extracomment>(row, column) of each quadrant in the grid, below the axis labels.</extracomment>
        <translation>  (asked)</translation>
    </message>
    <message>
        <source>spørgsmålet &apos;%1&apos;</source>
        <translation>the question &apos;%1&apos;</translation>
    </message>
    <message>
        <source>nyt spørgsmål &apos;%1&apos;</source>
        <translation>new question &apos;%1&apos;</translation>
    </message>
    <message>
        <source>stillet: &apos;%1&apos;</source>
        <translation>asked: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Markeret som stillet: »%1«.</source>
        <translation>Marked as asked: “%1”.</translation>
    </message>
    <message>
        <source>Ikke længere markeret som stillet: »%1«.</source>
        <translation>No longer marked as asked: “%1”.</translation>
    </message>
</context>
<context>
    <name>QuestionLibraryDialog</name>
    <message>
        <source>Mine spørgsmål</source>
        <translation>My questions</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Alle kategorier</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Vis skjulte</source>
        <translation>Show hidden</translation>
    </message>
    <message>
        <source>Spørgsmål</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Spørgsmålet</source>
        <translation>The question</translation>
    </message>
    <message>
        <source>Spørgsmålet på dansk</source>
        <translation>The question in Danish</translation>
    </message>
    <message>
        <source>Dansk</source>
        <translation>Danish</translation>
    </message>
    <message>
        <source>Valgfrit – ellers bruges den danske tekst</source>
        <translation>Optional – otherwise the Danish text is used</translation>
    </message>
    <message>
        <source>Engelsk</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Gem som nyt</source>
        <translation>Save as new</translation>
    </message>
    <message>
        <source>Gem ændringer</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Lav en kopi</source>
        <translation>Make a copy</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Skriv spørgsmålet på dansk først.</source>
        <translation>Write the question in Danish first.</translation>
    </message>
    <message>
        <source>Spørgsmålet er gemt i dit bibliotek.</source>
        <translation>The question is saved in your library.</translation>
    </message>
    <message>
        <source>Ændringerne er gemt.</source>
        <translation>The changes are saved.</translation>
    </message>
    <message>
        <source>Kopien er din egen – ret den, og gem ændringerne.</source>
        <translation>The copy is your own – edit it and save the changes.</translation>
    </message>
    <message>
        <source>Spørgsmålet er slettet.</source>
        <translation>The question is deleted.</translation>
    </message>
</context>
<context>
    <name>QuestionRoundPage</name>
    <message>
        <source>Spørgsmålsrunde</source>
        <translation>Round of questions</translation>
    </message>
    <message>
        <source>Skabelonens spørgsmål i rækkefølge. Sæt flueben, når et spørgsmål er stillet – så vises det også på skærmen.</source>
        <translation>The template&apos;s questions in order. Tick a question when it has been asked – then it is also shown on the screen.</translation>
    </message>
    <message>
        <source>Vis på skærmen</source>
        <translation>Show on screen</translation>
    </message>
    <message>
        <source>spørgsmålet &apos;%1&apos;</source>
        <translation>the question &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>QuestionTableModel</name>
    <message>
        <source>Favorit</source>
        <extracomment>A mark could not be written; carries a sentence for the user.</extracomment>
        <translation>Favourite</translation>
    </message>
    <message>
        <source>Spørgsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Skjult</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Egen</source>
        <translation>Own</translation>
    </message>
    <message>
        <source>Medfølger</source>
        <translation>Included</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Vær oprigtigt nysgerrig</source>
        <extracomment>The method&apos;s own check-in and check-out questions (domain.md §4), by round category. They are the method, so every meeting offers them first, whatever the team asked before; only the other questions of a round are variations that rotate. The Målkompasset principles (domain.md §11), in order; category ``maalkompas.&lt;n&gt;``.</extracomment>
        <translation>Be genuinely curious</translation>
    </message>
    <message>
        <source>Flet faglighed og fokus på værdi</source>
        <translation>Weave professionalism and focus on value</translation>
    </message>
    <message>
        <source>Tegn forandringen sammen</source>
        <translation>Draw the change together</translation>
    </message>
    <message>
        <source>Fokuser på det meningsfulde</source>
        <translation>Focus on what is meaningful</translation>
    </message>
    <message>
        <source>Omfavn data</source>
        <translation>Embrace data</translation>
    </message>
    <message>
        <source>Stop op og lær</source>
        <translation>Stop and learn</translation>
    </message>
    <message>
        <source>Vi modtager eller producerer data</source>
        <extracomment>The game board&apos;s five steps (domain.md §10), in order; category ``gameboard.&lt;n&gt;``.</extracomment>
        <translation>We receive or produce data</translation>
    </message>
    <message>
        <source>Vi fortolker sammen</source>
        <translation>We interpret together</translation>
    </message>
    <message>
        <source>Vi finder forklaringer</source>
        <translation>We find explanations</translation>
    </message>
    <message>
        <source>Vi vælger løsninger og handlinger</source>
        <translation>We choose solutions and actions</translation>
    </message>
    <message>
        <source>Vi implementerer og følger op</source>
        <translation>We implement and follow up</translation>
    </message>
    <message>
        <source>Tjek ind</source>
        <extracomment>Every category a question may have, in the order the method introduces them.</extracomment>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Tjek ud</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>FUP: Formål</source>
        <translation>FUP: Purpose</translation>
    </message>
    <message>
        <source>FUP: Udbytte</source>
        <translation>FUP: Outcome</translation>
    </message>
    <message>
        <source>FUP: Proces</source>
        <translation>FUP: Process</translation>
    </message>
    <message>
        <source>Datakontrakt: Åbning</source>
        <translation>Data contract: opening</translation>
    </message>
    <message>
        <source>Den røde tråd</source>
        <translation>The red thread</translation>
    </message>
    <message>
        <source>Opsamling (gamemaster)</source>
        <translation>Gathering up (gamemaster)</translation>
    </message>
    <message>
        <source>Datalandskabet</source>
        <translation>The data landscape</translation>
    </message>
    <message>
        <source>Rolle: Facilitator</source>
        <translation>Role: Facilitator</translation>
    </message>
    <message>
        <source>Rolle: Inspirator</source>
        <translation>Role: Inspirator</translation>
    </message>
    <message>
        <source>Rolle: Afgrænser</source>
        <translation>Role: Boundary-setter</translation>
    </message>
    <message>
        <source>UGU: Undersøg</source>
        <translation>UGU: Explore</translation>
    </message>
    <message>
        <source>UGU: Giv</source>
        <translation>UGU: Give</translation>
    </message>
    <message>
        <source>UGU: Undersøg igen</source>
        <translation>UGU: Explore again</translation>
    </message>
    <message>
        <source>Detektiv</source>
        <translation>Detective</translation>
    </message>
    <message>
        <source>Antropolog</source>
        <translation>Anthropologist</translation>
    </message>
    <message>
        <source>Kaptajn</source>
        <translation>Captain</translation>
    </message>
    <message>
        <source>Fremtidsforsker</source>
        <translation>Futurist</translation>
    </message>
    <message>
        <source>Mestringsspørgsmål</source>
        <translation>Mastery questions</translation>
    </message>
    <message>
        <source>Progressionsspørgsmål</source>
        <translation>Progression questions</translation>
    </message>
    <message>
        <source>Anerkendelse</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <source>Produktionsdomænet</source>
        <translation>The production domain</translation>
    </message>
    <message>
        <source>Det personlige/æstetiske domæne</source>
        <translation>The personal/aesthetic domain</translation>
    </message>
    <message>
        <source>Det refleksive domæne</source>
        <translation>The reflective domain</translation>
    </message>
    <message>
        <source>Brobygningsspørgsmål</source>
        <translation>Bridge-building questions</translation>
    </message>
    <message>
        <source>Analysens fire niveauer</source>
        <translation>The four levels of analysis</translation>
    </message>
    <message>
        <source>Spillepladen: Forklaringernes akser</source>
        <translation>Game board: the explanation axes</translation>
    </message>
    <message>
        <source>Målkompasset: Om målene</source>
        <translation>Goal compass: About the goals</translation>
    </message>
    <message>
        <source>Målkompasset: Hvad nu, hvis …?</source>
        <translation>Goal compass: What if …?</translation>
    </message>
    <message>
        <source>Målkompasset: Opfølgning på Stop op og lær</source>
        <translation>Goal compass: following up on Stop and learn</translation>
    </message>
    <message>
        <source>Evaluering af workshoppen</source>
        <translation>Workshop evaluation</translation>
    </message>
    <message>
        <source>Lederens egen refleksion</source>
        <translation>The leader&apos;s own reflection</translation>
    </message>
    <message>
        <source>Spillepladen {n}: {step}</source>
        <translation>Game board {n}: {step}</translation>
    </message>
    <message>
        <source>Målkompasset {n}: {principle}</source>
        <translation>Goal compass {n}: {principle}</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>lang (én række pr. tal)</source>
        <translation>long (one row per number)</translation>
    </message>
    <message>
        <source>bred (én kolonne pr. nøgletal)</source>
        <translation>wide (one column per indicator)</translation>
    </message>
    <message>
        <source>perioder på tværs</source>
        <translation>periods across</translation>
    </message>
    <message>
        <source>grupper på tværs, perioder nedad</source>
        <translation>groups across, periods down</translation>
    </message>
    <message>
        <source>CSV-tekstfil</source>
        <translation>CSV text file</translation>
    </message>
    <message>
        <source>Excel-regneark (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>Excel-regneark (.xls)</source>
        <translation>Excel workbook (.xls)</translation>
    </message>
    <message>
        <source>OpenDocument-regneark (.ods)</source>
        <translation>OpenDocument spreadsheet (.ods)</translation>
    </message>
    <message>
        <source>PC-Axis-fil (.px)</source>
        <translation>PC-Axis file (.px)</translation>
    </message>
    <message>
        <source>JSON-stat</source>
        <translation>JSON-stat</translation>
    </message>
    <message>
        <source>{file}: {format}, opbygning: {layout}</source>
        <extracomment>The proposed direction; ``direction.word`` is why, None when it is only assumed. The workbook&apos;s other sheets (not read). The group that is the organisation&apos;s total (its yardstick), if any. Values loaded into the dataset. Cells the source left without a value (suppressed: ``..``, ``x``, empty, its own marker). The markers the file itself declares for a missing value (PC-Axis), if any.</extracomment>
        <translation>{file}: {format}, layout: {layout}</translation>
    </message>
    <message>
        <source>Ark: {sheet}</source>
        <translation>Sheet: {sheet}</translation>
    </message>
    <message>
        <source>Ark: {sheet} (øvrige ark, ikke læst: {others})</source>
        <translation>Sheet: {sheet} (other sheets, not read: {others})</translation>
    </message>
    <message>
        <source>Nøgletal ({count}):</source>
        <translation>Indicators ({count}):</translation>
    </message>
    <message>
        <source>{indicator}: {better} (foreslået, {reason})</source>
        <translation>{indicator}: {better} (proposed, {reason})</translation>
    </message>
    <message>
        <source>højere er bedre</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>lavere er bedre</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>Perioder: {first} – {last} ({count} {kinds})</source>
        <translation>Periods: {first} – {last} ({count} {kinds})</translation>
    </message>
    <message>
        <source>Værdier indlæst: {values}; manglende (skjult af kilden): {missing}</source>
        <translation>Values loaded: {values}; missing (hidden by the source): {missing}</translation>
    </message>
    <message>
        <source>Værdier indlæst: {values}; manglende (skjult af kilden): {missing} (markør: {markers})</source>
        <translation>Values loaded: {values}; missing (hidden by the source): {missing} (marker: {markers})</translation>
    </message>
    <message>
        <source>Skjulte rækker udeladt: {rows}; skjulte kolonner udeladt: {columns}</source>
        <translation>Hidden rows left out: {rows}; hidden columns left out: {columns}</translation>
    </message>
    <message>
        <source>Kilde: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Advarsler ({count}):</source>
        <translation>Warnings ({count}):</translation>
    </message>
    <message>
        <source>tom celle</source>
        <translation>empty cell</translation>
    </message>
    <message>
        <source>Grupper: ingen (filen har ingen gruppekolonne)</source>
        <translation>Groups: none (the file has no group column)</translation>
    </message>
    <message>
        <source>{group} (total, målestok)</source>
        <translation>{group} (total, yardstick)</translation>
    </message>
    <message>
        <source>{group} (sammenligning)</source>
        <translation>{group} (benchmark)</translation>
    </message>
    <message>
        <source>Grupper ({count}): {groups}</source>
        <translation>Groups ({count}): {groups}</translation>
    </message>
    <message>
        <source>Grupper ({count}): {groups}, … og {more} flere</source>
        <translation>Groups ({count}): {groups}, … and {more} more</translation>
    </message>
    <message>
        <source>antaget</source>
        <extracomment>Word stems where less is better (Danish first, then English). Matched anywhere in a word, as Danish compounds end in their head: &quot;fuldtidsledige&quot;, &quot;sygefravær&quot;, &quot;fraværsprocent&quot;; the stems in ``_WORD_START`` only at the start of a word.</extracomment>
        <translation>assumed</translation>
    </message>
    <message>
        <source>ud fra ordet &apos;{word}&apos;</source>
        <translation>from the word &apos;{word}&apos;</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <source>Sådan læste jeg filen – %1</source>
        <extracomment>At most this many group names are listed; the rest are counted. The result code when the leader wants to choose the columns again.</extracomment>
        <translation>How I read the file – %1</translation>
    </message>
    <message>
        <source>&amp;Nøgletal (%1) – hvilken vej er bedre?</source>
        <translation>&amp;Indicators (%1) – which way is better?</translation>
    </message>
    <message>
        <source>&amp;Vend retningen</source>
        <translation>&amp;Flip the direction</translation>
    </message>
    <message>
        <source>&amp;Advarsler (%1) – det, der ikke blev indlæst eller bør tjekkes:</source>
        <translation>&amp;Warnings (%1) – what was not imported or should be checked:</translation>
    </message>
    <message>
        <source>Ingen advarsler: alt i filen er indlæst eller forklaret ovenfor.</source>
        <translation>No warnings: everything in the file is imported or explained above.</translation>
    </message>
    <message>
        <source>&amp;Brug data</source>
        <translation>&amp;Use the data</translation>
    </message>
    <message>
        <source>&amp;Ret indlæsningen …</source>
        <translation>&amp;Correct the import …</translation>
    </message>
    <message>
        <source>Vælg selv, hvilken kolonne der er hvad</source>
        <translation>Choose yourself which column is what</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Filen bruges ikke; de data, der vistes før, bliver</source>
        <translation>The file is not used; the data shown before stays</translation>
    </message>
    <message>
        <source>%1 nøgletal, %2 tal fra %3</source>
        <translation>%1 indicators, %2 numbers from %3</translation>
    </message>
    <message>
        <source>lang – én række pr. tal</source>
        <translation>long – one row per number</translation>
    </message>
    <message>
        <source>bred – én kolonne pr. nøgletal</source>
        <translation>wide – one column per indicator</translation>
    </message>
    <message>
        <source>perioder på tværs</source>
        <translation>periods across</translation>
    </message>
    <message>
        <source>, overskrift i række %1</source>
        <translation>, heading in row %1</translation>
    </message>
    <message>
        <source>Opbygning:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source> (ikke læst: %1)</source>
        <translation> (not read: %1)</translation>
    </message>
    <message>
        <source>Ark:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Grupper:</source>
        <translation>Groups:</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 %4)</source>
        <translation>%1 – %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Perioder:</source>
        <translation>Periods:</translation>
    </message>
    <message>
        <source>Tal:</source>
        <translation>Numbers:</translation>
    </message>
    <message>
        <source>Enheder:</source>
        <translation>Units:</translation>
    </message>
    <message>
        <source>Kilde:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>filen nævner ingen kilde</source>
        <translation>the file names no source</translation>
    </message>
    <message>
        <source>ingen – filen har ingen gruppekolonne</source>
        <translation>none – the file has no group column</translation>
    </message>
    <message>
        <source>%1 (total – målestokken)</source>
        <translation>%1 (total – the benchmark)</translation>
    </message>
    <message>
        <source>%1 (sammenligning)</source>
        <translation>%1 (comparison)</translation>
    </message>
    <message>
        <source> og %1 flere</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>; total: %1</source>
        <translation>; total: %1</translation>
    </message>
    <message>
        <source> (ingen total fundet)</source>
        <translation> (no total found)</translation>
    </message>
    <message>
        <source>år</source>
        <translation>years</translation>
    </message>
    <message>
        <source>halvår</source>
        <translation>half-years</translation>
    </message>
    <message>
        <source>kvartaler</source>
        <translation>quarters</translation>
    </message>
    <message>
        <source>måneder</source>
        <translation>months</translation>
    </message>
    <message>
        <source>uger</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>dage</source>
        <translation>days</translation>
    </message>
    <message>
        <source>%1 indlæst</source>
        <translation>%1 imported</translation>
    </message>
    <message>
        <source>%1 mangler (skjult af kilden)</source>
        <translation>%1 missing (hidden by the source)</translation>
    </message>
    <message>
        <source>tom celle</source>
        <translation>empty cell</translation>
    </message>
    <message>
        <source>, markeret %1</source>
        <translation>, marked %1</translation>
    </message>
    <message>
        <source>skjulte rækker udeladt: %1</source>
        <translation>hidden rows left out: %1</translation>
    </message>
    <message>
        <source>skjulte kolonner udeladt: %1</source>
        <translation>hidden columns left out: %1</translation>
    </message>
    <message>
        <source>Retningen styrer, hvad der vises som over eller under målet. Vend den med Mellemrum eller knappen; den huskes for holdet, når du trykker Brug data.</source>
        <translation>The direction decides what is shown as above or below the target. Flip it with Space or the button; it is remembered for the team when you press Use the data.</translation>
    </message>
    <message>
        <source>%1 er kun antaget – tjek dem.</source>
        <translation>%1 are only assumed – check them.</translation>
    </message>
</context>
<context>
    <name>RecentMeetingsModel</name>
    <message>
        <source>Dato</source>
        <extracomment>Meetings listed without a search (the newest); a search finds any of them. Rows measured to size the columns.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Åbne handlinger</source>
        <translation>Open actions</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>%1 for &apos;%2&apos;</source>
        <extracomment>``setData`` with ``(text, reason)``: an editor could not turn the text into a value. For columns whose edit value differs from what is shown (e.g. an enum label). The part of the meeting the list is (its undo reloads the model). How a row is named in the undo menu. (id of the item, column) -&gt; (the text as typed, why it was refused).</extracomment>
        <translation>%1 for &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Slet gamle møder</source>
        <translation>Delete old meetings</translation>
    </message>
    <message>
        <source>Møder, der blev holdt før den valgte alder, flyttes til papirkurven, hvorfra de kan gendannes, til papirkurven tømmes. Alderen huskes som jeres regel.</source>
        <extracomment>Today, for the age; tests set it.</extracomment>
        <translation>Meetings held before the chosen age are moved to the bin, from where they can be restored until the bin is emptied. The age is remembered as your rule.</translation>
    </message>
    <message>
        <source>Ældre end</source>
        <translation>Older than</translation>
    </message>
    <message>
        <source> måneder</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Holdt</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Bemærkning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Møder der kan slettes</source>
        <translation>Meetings that can be deleted</translation>
    </message>
    <message>
        <source>Ingen møder er så gamle.</source>
        <translation>No meetings are that old.</translation>
    </message>
    <message>
        <source>holdt før %1</source>
        <translation>held before %1</translation>
    </message>
    <message>
        <source>%1 åbne handlinger</source>
        <translation>%1 open actions</translation>
    </message>
    <message>
        <source>åben et andet sted – bliver</source>
        <translation>open elsewhere – stays</translation>
    </message>
    <message>
        <source>Flyt %1 møder til papirkurven</source>
        <translation>Move %1 meetings to the bin</translation>
    </message>
    <message>
        <source>Nogle møder blev ikke flyttet</source>
        <translation>Some meetings were not moved</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Gennemført</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>I gang</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Ikke gjort</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Droppet</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>{indicator}: ingen nyere tal</source>
        <extracomment>What a review means for the action in the earlier meeting: unfinished ones stay open.</extracomment>
        <translation>{indicator}: no newer numbers</translation>
    </message>
    <message>
        <source>{movement}, samme periode som sidst</source>
        <translation>{movement}, same period as last time</translation>
    </message>
    <message>
        <source>{points} procentpoint</source>
        <translation>{points} percentage points</translation>
    </message>
    <message>
        <source>Ikke gennemgået</source>
        <translation>Not reviewed</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Siden sidst</source>
        <translation>Since last time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Nøgletallet siden aftalen</source>
        <translation>The indicator since the agreement</translation>
    </message>
    <message>
        <source>Hvad aftalte vi sidst, og hvordan er det gået? Giv hver handling en status og en kort kommentar – det gemmes også i det møde, hvor aftalen blev lavet.</source>
        <translation>What did we agree last time, and how has it gone? Give each action a status and a short comment – it is also saved in the meeting where the agreement was made.</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Handlinger fra sidst og deres status</source>
        <translation>Actions from last time and their status</translation>
    </message>
    <message>
        <source>Der er intet at følge op på: ingen åbne handlinger fra tidligere møder med dette team. Gå videre til næste fase.</source>
        <translation>There is nothing to follow up: no open actions from earlier meetings with this team. Go on to the next phase.</translation>
    </message>
    <message>
        <source>prøvehandling</source>
        <translation>trial action</translation>
    </message>
    <message>
        <source>frist %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>aftalt %1</source>
        <translation>agreed %1</translation>
    </message>
    <message>
        <source>nøgletal siden sidst</source>
        <translation>indicator since last time</translation>
    </message>
    <message>
        <source>Opfølgningen kunne ikke gemmes i det tidligere møde</source>
        <translation>The follow-up could not be saved in the earlier meeting</translation>
    </message>
    <message>
        <source>Mødet »%1« blev ikke opdateret. %2 Opfølgningen er gemt i dette møde.</source>
        <translation>The meeting “%1” was not updated. %2 The follow-up is saved in this meeting.</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>Gæt først: hvor landede tallet?</source>
        <translation>Guess first: where did the number land?</translation>
    </message>
    <message>
        <source>Gæt først: gik det op, stod det stille eller gik det ned?</source>
        <translation>Guess first: did it go up, stay flat or go down?</translation>
    </message>
    <message>
        <source>Hvad lægger du mærke til?</source>
        <translation>What do you notice?</translation>
    </message>
    <message>
        <source>Tjek ind</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Tjek ud</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Hvor godt givet ud var tiden i dag? (1–5)</source>
        <translation>How well spent was the time? (1–5)</translation>
    </message>
    <message>
        <source>Hvilke forklaringer ser du?</source>
        <translation>Which explanations do you see?</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Uændret</source>
        <translation>Flat</translation>
    </message>
    <message>
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>{n} svar</source>
        <translation>{n} answers</translation>
    </message>
    <message>
        <source>Rummets gæt (midterste): {value}</source>
        <translation>The room&apos;s guess (median): {value}</translation>
    </message>
    <message>
        <source>fra {low} til {high}</source>
        <translation>from {low} to {high}</translation>
    </message>
    <message>
        <source>Det rigtige tal: {value}</source>
        <translation>The real number: {value}</translation>
    </message>
    <message>
        <source>Det gik: {choice}</source>
        <translation>It went: {choice}</translation>
    </message>
    <message>
        <source>Færre end {n} svar – de vises ikke, så ingen kan genkendes.</source>
        <translation>Fewer than {n} answers – not shown, so nobody can be recognised.</translation>
    </message>
    <message>
        <source>Gennemsnit {value}</source>
        <translation>Average {value}</translation>
    </message>
    <message>
        <source>1 svar</source>
        <translation>1 answer</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <source>Computeren viser intet netværk, telefonerne kan nå. Slå Wi-Fi eller computerens hotspot til og tryk Find netværk – eller skriv svarene ind herunder.</source>
        <extracomment>Which activity fits each step best (the panel suggests it). From the server&apos;s thread: answers are waiting in the state (queued to the UI thread). The server started (True) or stopped (False).</extracomment>
        <translation>The computer shows no network the phones can reach. Turn on Wi-Fi or the computer&apos;s hotspot and press Find networks – or type the answers in below.</translation>
    </message>
    <message>
        <source> (virtuelt – telefoner kan næppe nå det)</source>
        <translation> (virtual – phones can hardly reach it)</translation>
    </message>
    <message>
        <source> (kun denne computer)</source>
        <translation> (this computer only)</translation>
    </message>
    <message>
        <source>Telefonerne skanner QR-koden på skærmen eller skriver adressen og koden %1.
Kommer de ikke ind? Gæstenet holder ofte telefoner og computer adskilt, og en telefon på mobildata er ikke på rummets net: slå computerens hotspot til og lad telefonerne koble på det, prøv et andet netværk – eller skriv svarene ind herunder.</source>
        <translation>The phones scan the QR code on the screen or type the address and the code %1.
Can they not get in? Guest networks often keep phones and computer apart, and a phone on mobile data is not on the room&apos;s network: turn on the computer&apos;s hotspot and let the phones join it, try another network – or type the answers in below.</translation>
    </message>
    <message>
        <source>Rummets svar kunne ikke slås til på %1 (%2). Vælg et andet netværk på listen, eller slå computerens hotspot til og lad telefonerne koble på det. Imens kan du skrive rummets svar og optællinger ind herunder, så mødet fortsætter.</source>
        <translation>The room&apos;s answers could not be turned on at %1 (%2). Choose another network in the list, or turn on the computer&apos;s hotspot and let the phones join it. Meanwhile you can type the room&apos;s answers and tallies in below, so the meeting goes on.</translation>
    </message>
    <message>
        <source>Telefonerne er koblet fra.</source>
        <translation>The phones are disconnected.</translation>
    </message>
    <message>
        <source>Rummet ser svarene, når mindst tre har svaret – så ingen kan genkendes.</source>
        <translation>The room sees the answers once at least three have answered – so nobody can be recognised.</translation>
    </message>
    <message>
        <source>Det svar passer ikke til aktiviteten.</source>
        <translation>That answer does not fit the activity.</translation>
    </message>
    <message>
        <source>%1 svar · %2 telefoner med</source>
        <translation>%1 answers · %2 phones joined</translation>
    </message>
    <message>
        <source>Tidligere møder i serien: %1</source>
        <translation>Earlier meetings of the series: %1</translation>
    </message>
</context>
<context>
    <name>RoomEdits</name>
    <message>
        <source>Rummet deltager</source>
        <translation>The room takes part</translation>
    </message>
    <message>
        <source>Rummets svar</source>
        <translation>The room&apos;s answers</translation>
    </message>
    <message>
        <source>Vis rummets svar</source>
        <translation>Show the room&apos;s answers</translation>
    </message>
    <message>
        <source>Rummets tekst på skærmen</source>
        <translation>The room&apos;s text on the screen</translation>
    </message>
    <message>
        <source>Forklaring fra rummet</source>
        <translation>Explanation from the room</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Rummet</source>
        <translation>The room</translation>
    </message>
    <message>
        <source>Rummet deltager</source>
        <translation>The room takes part</translation>
    </message>
    <message>
        <source>Deltagerne svarer anonymt fra deres telefoner over rummets eget netværk</source>
        <translation>The participants answer anonymously from their phones over the room&apos;s own network</translation>
    </message>
    <message>
        <source>Netværk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Find netværk</source>
        <translation>Find networks</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Luk for svar</source>
        <translation>Close answers</translation>
    </message>
    <message>
        <source>Vis for rummet</source>
        <translation>Show the room</translation>
    </message>
    <message>
        <source>Indkomne svar</source>
        <translation>Incoming answers</translation>
    </message>
    <message>
        <source>Skriv rummets svar ind:</source>
        <translation>Type the room&apos;s answers:</translation>
    </message>
    <message>
        <source>Et svar fra rummet, skrevet af dig</source>
        <translation>An answer from the room, typed by you</translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Gæt først: tallet</source>
        <translation>Guess first: the number</translation>
    </message>
    <message>
        <source>Gæt først: op, uændret, ned</source>
        <translation>Guess first: up, flat, down</translation>
    </message>
    <message>
        <source>Undersøg: hvad falder i øjnene?</source>
        <translation>Explore: what stands out?</translation>
    </message>
    <message>
        <source>Tjek ind</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Tjek ud</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Tjek ud: vurdering 1–5</source>
        <translation>Check-out: rating 1–5</translation>
    </message>
    <message>
        <source>Forklaringer på kort</source>
        <translation>Explanations on cards</translation>
    </message>
    <message>
        <source>Et tal</source>
        <translation>A number</translation>
    </message>
    <message>
        <source>Et svar</source>
        <translation>An answer</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Uændret</source>
        <translation>Flat</translation>
    </message>
    <message>
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>  (skrevet ind)</source>
        <translation>  (typed in)</translation>
    </message>
    <message>
        <source>Skriv et tal, fx 42 eller 41,5.</source>
        <translation>Type a number, e.g. 42 or 41.5.</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>QR-kode til at deltage</source>
        <extracomment>The QR code&apos;s side on the room&apos;s screen: scannable across a meeting room, and small enough to leave the question and the speaking order their room at 1024×768.</extracomment>
        <translation>QR code to join</translation>
    </message>
    <message>
        <source>Deltag anonymt fra din telefon: skan koden, eller gå til</source>
        <translation>Join anonymously from your phone: scan the code, or go to</translation>
    </message>
    <message>
        <source>Kode: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Rummets svar</source>
        <translation>The room&apos;s answers</translation>
    </message>
</context>
<context>
    <name>RoundPage</name>
    <message>
        <source>Tjek ind</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Tjek ud</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Hvad tager vi med os, og hvad skal det føre til af handling? Én ad gangen.</source>
        <translation>What do we take with us, and what action should it lead to? One at a time.</translation>
    </message>
    <message>
        <source>Spørgsmål til runden</source>
        <extracomment>Earlier meetings, read once: which check-in questions the team had recently.</extracomment>
        <translation>Questions for the round</translation>
    </message>
    <message>
        <source>Deltager</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Siger</source>
        <translation>Says</translation>
    </message>
    <message>
        <source>Står over</source>
        <translation>Passes</translation>
    </message>
    <message>
        <source>Hvad hver deltager sagde</source>
        <translation>What each participant said</translation>
    </message>
    <message>
        <source>Tilføj deltagere under Forberedelse for at tage en runde.</source>
        <translation>Add participants under Preparation to do a round.</translation>
    </message>
    <message>
        <source>spørgsmålet &apos;%1&apos;</source>
        <translation>the question &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ScriptBox</name>
    <message>
        <source>Manuskriptets spørgsmål</source>
        <extracomment>The question to show (&quot;&quot; shows none).</extracomment>
        <translation>The script&apos;s questions</translation>
    </message>
    <message>
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Vis det valgte spørgsmål på skærmen (dobbeltklik også)</source>
        <translation>Show the selected question on the screen (double-click too)</translation>
    </message>
    <message>
        <source>Vis intet</source>
        <translation>Show nothing</translation>
    </message>
    <message>
        <source>Til dig: </source>
        <translation>For you: </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Indstillinger</source>
        <extracomment>The editor of each setting, by its key (tests and the retranslation use it).</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Automatisk</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Vælg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <source>Datamappe</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Sprog og udseende</source>
        <extracomment>The page: (group title, its settings), in the order shown.</extracomment>
        <translation>Language and appearance</translation>
    </message>
    <message>
        <source>Filer</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Præsentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Deling og privatliv</source>
        <translation>Sharing and privacy</translation>
    </message>
    <message>
        <source>Menuerne og denne side skifter straks; åbne sider ved næste start.</source>
        <extracomment>A word under a setting that does not take effect at once (or needs saying).</extracomment>
        <translation>The menus and this page change at once; pages already open change at the next start.</translation>
    </message>
    <message>
        <source>Møder, skabeloner og datalandskaber. Tom: standardmappen. Gælder fra næste start (--data-dir går forud).</source>
        <translation>Meetings, templates and data landscapes. Empty: the default folder. Takes effect at the next start (--data-dir takes precedence).</translation>
    </message>
    <message>
        <source>Det, en delt opsamling indeholder, når intet andet vælges.</source>
        <translation>What a shared summary contains when nothing else is chosen.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Høj kontrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Datainformerede dialoger</source>
        <extracomment>The next meeting in the series of the meeting with this id. Put back work kept in recovery files while saving failed. The meetings and their actions (``dialogtool.app``): the screen only asks and shows. Today, for due and overdue actions; tests set it.</extracomment>
        <translation>Data-informed dialogues</translation>
    </message>
    <message>
        <source>Forbered og gennemfør en god samtale om jeres data – og hold fast i, hvad I lærte og aftalte.</source>
        <translation>Prepare and hold a good conversation about your data – and hold on to what you learned and agreed.</translation>
    </message>
    <message>
        <source>Gendan ugemt arbejde</source>
        <translation>Restore unsaved work</translation>
    </message>
    <message>
        <source>Nyt møde</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Opret møde</source>
        <translation>Create meeting</translation>
    </message>
    <message>
        <source>Skabelon</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Mine spørgsmål …</source>
        <translation>My questions …</translation>
    </message>
    <message>
        <source>Brug demodata</source>
        <translation>Use demo data</translation>
    </message>
    <message>
        <source>Indlæs data …</source>
        <translation>Import data …</translation>
    </message>
    <message>
        <source>Indlæs en dataeksport (CSV, Excel eller ODS)</source>
        <translation>Import a data export (CSV, Excel or ODS)</translation>
    </message>
    <message>
        <source>Datalandskab …</source>
        <translation>Data landscape …</translation>
    </message>
    <message>
        <source>Teamets effekt, trædesten og hvad hvert nøgletal betyder</source>
        <translation>The team&apos;s effect, stepping stones and what each indicator means</translation>
    </message>
    <message>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Søg i noter, spørgsmål, handlinger og forklaringer …</source>
        <translation>Search notes, questions, actions and explanations …</translation>
    </message>
    <message>
        <source>Deltager</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Viser de %1 nyeste møder – søg for at finde ældre.</source>
        <translation>Showing the %1 newest meetings – search to find older ones.</translation>
    </message>
    <message>
        <source>Alle handlinger …</source>
        <translation>All actions …</translation>
    </message>
    <message>
        <source>Nøgletal over tid …</source>
        <translation>Indicators over time …</translation>
    </message>
    <message>
        <source>Trædestensrapport …</source>
        <translation>Stepping-stone report …</translation>
    </message>
    <message>
        <source>Teamets trædesten på én side: mål, retning, aftaler</source>
        <translation>The team&apos;s stepping stones on one page: targets, direction, agreements</translation>
    </message>
    <message>
        <source>Papirkurv …</source>
        <translation>Bin …</translation>
    </message>
    <message>
        <source>Persondata</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Indsigt for en person …</source>
        <translation>Access request for one person …</translation>
    </message>
    <message>
        <source>Slet gamle møder …</source>
        <translation>Delete old meetings …</translation>
    </message>
    <message>
        <source>Omdøb …</source>
        <translation>Rename …</translation>
    </message>
    <message>
        <source>Duplikér</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Flyt mødet til papirkurven; det kan gendannes</source>
        <translation>Move the meeting to the bin; it can be restored</translation>
    </message>
    <message>
        <source>Næste møde i serien</source>
        <translation>Next meeting in the series</translation>
    </message>
    <message>
        <source>Et nyt møde med samme deltagere og data, på den aftalte opfølgningsdato – og sidste gangs aftaler under »Siden sidst«</source>
        <translation>A new meeting with the same participants and data, on the agreed follow-up date – and last time&apos;s agreements under “Since last time”</translation>
    </message>
    <message>
        <source>Prøvegennemgang</source>
        <translation>Rehearsal</translation>
    </message>
    <message>
        <source>Gå mødet igennem på forhånd. Intet af det, du gør, bliver gemt.</source>
        <translation>Walk through the meeting beforehand. Nothing you do is saved.</translation>
    </message>
    <message>
        <source>Åbn</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Alle teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>Ingen møder passer til søgningen.</source>
        <translation>No meetings match the search.</translation>
    </message>
    <message>
        <source>Ingen møder endnu. Vælg en skabelon under »Nyt møde«, og tryk »Opret møde«.</source>
        <translation>No meetings yet. Choose a template under “New meeting” and press “Create meeting”.</translation>
    </message>
    <message>
        <source> og %1 flere</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>Frist i dag: %1</source>
        <translation>Due today: %1</translation>
    </message>
    <message>
        <source>Overskredet (ældste frist %1): %2</source>
        <translation>Overdue (oldest due date %1): %2</translation>
    </message>
    <message>
        <source>Ugemte ændringer i mødet »%1« blev gemt i en gendannelsesfil.</source>
        <translation>Unsaved changes in the meeting “%1” were saved in a recovery file.</translation>
    </message>
    <message>
        <source>Datasæt: %1</source>
        <translation>Dataset: %1</translation>
    </message>
    <message>
        <source>Intet datasæt indlæst – indlæs en dataeksport, eller brug demodata for at prøve programmet.</source>
        <translation>No dataset imported – import a data export, or use demo data to try the program.</translation>
    </message>
    <message>
        <source>Omdøb mødet</source>
        <translation>Rename the meeting</translation>
    </message>
    <message>
        <source>Mødets titel:</source>
        <translation>Meeting title:</translation>
    </message>
    <message>
        <source>Mødet kunne ikke omdøbes</source>
        <translation>The meeting could not be renamed</translation>
    </message>
    <message>
        <source>%1 (kopi)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Mødet kunne ikke duplikeres</source>
        <translation>The meeting could not be duplicated</translation>
    </message>
    <message>
        <source>Mødet kunne ikke slettes</source>
        <translation>The meeting could not be deleted</translation>
    </message>
</context>
<context>
    <name>StepQuestionsDialog</name>
    <message>
        <source>Spørgsmål til trinnet</source>
        <translation>Questions for the step</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SteppingStoneDialog</name>
    <message>
        <source>Trædestensrapport</source>
        <extracomment>Shows the report in the room: (title, rows); None when no meeting is presented.</extracomment>
        <translation>Stepping-stone report</translation>
    </message>
    <message>
        <source>Team:</source>
        <extracomment>The PDF being written, while it is.</extracomment>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Trædestensrapporten</source>
        <translation>The stepping-stone report</translation>
    </message>
    <message>
        <source>Gem som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <source>Vis på skærmen</source>
        <translation>Show on screen</translation>
    </message>
    <message>
        <source>Vis rapporten for gruppen</source>
        <translation>Show the report to the group</translation>
    </message>
    <message>
        <source>Kun under et møde</source>
        <translation>Only during a meeting</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Gem som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rapporten blev ikke gemt.</source>
        <translation>The report was not saved.</translation>
    </message>
</context>
<context>
    <name>SteppingStones</name>
    <message>
        <source>Trædestensrapport</source>
        <extracomment>How many of the latest periods &quot;the target was reached in n of …&quot; looks at. Longest text quoted from a meeting in one cell; a page holds 7–8 stones.</extracomment>
        <translation>Stepping-stone report</translation>
    </message>
    <message>
        <source>Trædesten</source>
        <translation>Stepping stone</translation>
    </message>
    <message>
        <source>Seneste og mål</source>
        <translation>Latest and target</translation>
    </message>
    <message>
        <source>Udvikling</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>Senest bemærket</source>
        <translation>Last noticed</translation>
    </message>
    <message>
        <source>Senest aftalt</source>
        <translation>Last agreed</translation>
    </message>
    <message>
        <source>over målet</source>
        <translation>above the target</translation>
    </message>
    <message>
        <source>under målet</source>
        <translation>below the target</translation>
    </message>
    <message>
        <source>på målet</source>
        <translation>on the target</translation>
    </message>
    <message>
        <source>mål</source>
        <translation>target</translation>
    </message>
    <message>
        <source>intet mål</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>steget fra {old}</source>
        <translation>risen from {old}</translation>
    </message>
    <message>
        <source>faldet fra {old}</source>
        <translation>fallen from {old}</translation>
    </message>
    <message>
        <source>uændret siden {period}</source>
        <translation>unchanged since {period}</translation>
    </message>
    <message>
        <source>mål nået {n} af {m} perioder</source>
        <translation>target reached {n} of {m} periods</translation>
    </message>
    <message>
        <source>prøvehandling</source>
        <translation>trial action</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>{team} · {count} trædesten · data: {source}</source>
        <translation>{team} · {count} stepping stones · data: {source}</translation>
    </message>
    <message>
        <source>Tallene er et øjebliksbillede: Brug rapporten som anledning til dialog – hvad lægger I mærke til, og hvad gør I klogere?</source>
        <translation>The numbers are a snapshot: use the report as an occasion for dialogue – what do you notice, and what makes you wiser?</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Formål og udbytte</source>
        <translation>Purpose and outcome</translation>
    </message>
    <message>
        <source>Det vigtigste og vores læring – nåede vi udbyttet?</source>
        <translation>The most important points and learning – did we reach the outcome?</translation>
    </message>
    <message>
        <source>Det lærte vi af prøvehandlingen</source>
        <translation>What the trial taught us</translation>
    </message>
    <message>
        <source>Det forventede vi</source>
        <translation>What we expected</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hvornår</source>
        <translation>By when</translation>
    </message>
    <message>
        <source>Nøgletal</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>prøvehandling; vi forventer</source>
        <translation>trial; we expect</translation>
    </message>
    <message>
        <source>Ingen aftalte handlinger.</source>
        <translation>No actions agreed.</translation>
    </message>
    <message>
        <source>Grafen blev ikke vist på skærmen.</source>
        <translation>The chart was not shown on the screen.</translation>
    </message>
    <message>
        <source>Indlæg pr. person</source>
        <translation>Contributions per person</translation>
    </message>
    <message>
        <source>Mødeleder</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Deltager</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Medarbejderens kopi af 1:1-datasamtalen.</source>
        <translation>The employee&apos;s copy of the 1:1 data conversation.</translation>
    </message>
    <message>
        <source>Lederens eget eksemplar – indeholder private noter; giv det ikke videre.</source>
        <translation>The leader&apos;s own copy – it holds private notes; do not pass it on.</translation>
    </message>
    <message>
        <source>Side {page} af {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>… (forkortet – hele opsamlingen er i den gemte fil)</source>
        <translation>… (shortened – the whole summary is in the saved file)</translation>
    </message>
    <message>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Aftalt på mødet</source>
        <translation>Agreed at the meeting</translation>
    </message>
    <message>
        <source>Rummets svar</source>
        <translation>The room&apos;s answers</translation>
    </message>
    <message>
        <source>Anonyme svar, som deltagerne gav på deres telefoner; ingen navne er gemt.</source>
        <translation>Anonymous answers the participants gave on their phones; no names are kept.</translation>
    </message>
    <message>
        <source>{n} skrevet ind af mødelederen</source>
        <translation>{n} typed in by the chair</translation>
    </message>
    <message>
        <source>Tid: planlagt og brugt</source>
        <translation>Time: planned and used</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Brugt</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Forskel</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>I alt</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Opsamling</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Det vigtigste, vi lærte, hvordan vi blev klogere, næste skridt – og hvornår vi følger op. Private noter kommer kun med, hvis du beder om det.</source>
        <translation>The most important thing we learned, how we became wiser, the next steps – and when we follow up. Private notes are included only if you ask for it.</translation>
    </message>
    <message>
        <source>Opsummering</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Del:</source>
        <translation>Share:</translation>
    </message>
    <message>
        <source>Private noter</source>
        <translation>Private notes</translation>
    </message>
    <message>
        <source>Deltagernes navne</source>
        <translation>The participants&apos; names</translation>
    </message>
    <message>
        <source>Tjek ind- og tjek ud-ord</source>
        <translation>Check-in and check-out words</translation>
    </message>
    <message>
        <source>Lederens perspektiv</source>
        <translation>The leader&apos;s perspective</translation>
    </message>
    <message>
        <source>Formateret til Outlook, Word og Teams</source>
        <translation>Formatted for Outlook, Word and Teams</translation>
    </message>
    <message>
        <source>Gem som …</source>
        <translation>Save as …</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Opfølgningen og fristerne som .ics</source>
        <translation>The follow-up and due dates as .ics</translation>
    </message>
    <message>
        <source>Udskriv</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Kopiér</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Dine private noter og et perspektiv, du ikke gav. Huskes ikke.</source>
        <translation>Your private notes and a perspective you did not give. Not remembered.</translation>
    </message>
    <message>
        <source>Indlæg</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Afslut mødet</source>
        <translation>End the meeting</translation>
    </message>
</context>
<context>
    <name>TemplateMenu</name>
    <message>
        <source>Favorit (øverst på listen)</source>
        <translation>Favourite (top of the list)</translation>
    </message>
    <message>
        <source>Skjul skabelonen</source>
        <translation>Hide the template</translation>
    </message>
    <message>
        <source>Vis skjulte skabeloner igen</source>
        <translation>Show hidden templates again</translation>
    </message>
    <message>
        <source>Lav en kopi, jeg kan rette i</source>
        <translation>Make a copy I can edit</translation>
    </message>
    <message>
        <source>Slet min skabelon</source>
        <translation>Delete my template</translation>
    </message>
    <message>
        <source>Skabelon</source>
        <translation>Template</translation>
    </message>
</context>
<context>
    <name>TommPage</name>
    <message>
        <source>Spørgsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Sæt flueben ved de spørgsmål, du vil bruge.</source>
        <translation>Tick the questions you want to use.</translation>
    </message>
    <message>
        <source>Orienterende – forstå</source>
        <translation>Orienting – understand</translation>
    </message>
    <message>
        <source>Påvirkende – forandre</source>
        <translation>Influencing – change</translation>
    </message>
    <message>
        <source>Afklaring og
handling</source>
        <translation>Clarification and
action</translation>
    </message>
    <message>
        <source>Refleksion og
læring</source>
        <translation>Reflection and
learning</translation>
    </message>
    <message>
        <source>Markér som stillet</source>
        <translation>Mark as asked</translation>
    </message>
    <message>
        <source>Markér det valgte spørgsmål som stillet; rummet ser det. Tryk igen for at fortryde.</source>
        <translation>Mark the chosen question as asked; the room sees it. Press again to undo.</translation>
    </message>
    <message>
        <source>Dit eget spørgsmål …</source>
        <translation>Your own question …</translation>
    </message>
    <message>
        <source>Dit eget spørgsmål</source>
        <translation>Your own question</translation>
    </message>
    <message>
        <source>Spørgsmålstype</source>
        <translation>Question type</translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Gemmes i dit spørgsmålsbibliotek og vælges til mødet</source>
        <translation>Saved in your question library and chosen for the meeting</translation>
    </message>
    <message>
        <source>Vælg først det spørgsmål, der blev stillet.</source>
        <translation>First choose the question that was asked.</translation>
    </message>
    <message>
        <source>Spørgsmålet kunne ikke gemmes: %1</source>
        <translation>The question could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>Rundvisning</source>
        <extracomment>The tour&apos;s steps: a title and a few sentences each (about 20 seconds of reading).</extracomment>
        <translation>Tour</translation>
    </message>
    <message>
        <source>← Forrige</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <source>Næste →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>%1 af %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TrialEditor</name>
    <message>
        <source>Prøvehandling</source>
        <translation>Trial action</translation>
    </message>
    <message>
        <source>Vi prøver noget af og ser, hvad det giver – også et nej er læring</source>
        <translation>We try something out and see what it brings – a no is learning too</translation>
    </message>
    <message>
        <source>Det forventer vi at se, hvis den virker …</source>
        <translation>What we expect to see if it works …</translation>
    </message>
    <message>
        <source>Det forventer vi</source>
        <translation>What we expect</translation>
    </message>
</context>
<context>
    <name>Trials</name>
    <message>
        <source>En prøvehandling, der viser, at forandringen ikke gav en forbedring, er også en succes – for så har vi lært det.</source>
        <translation>A trial action that shows the change did not improve things is also a success – because then we have learned it.</translation>
    </message>
    <message>
        <source>Prøvehandling</source>
        <translation>Trial action</translation>
    </message>
    <message>
        <source>Ikke en prøvehandling</source>
        <translation>Not a trial action</translation>
    </message>
    <message>
        <source>Det forventer vi</source>
        <translation>What we expect</translation>
    </message>
    <message>
        <source>Det lærte vi</source>
        <translation>What we learned</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>Fortryd: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Fortryd</source>
        <extracomment>Text boxes of the meeting leave these keys to the meeting&apos;s undo: the filter goes on each box as it gets the focus (not on the application&apos;s every event).</extracomment>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Annullér fortryd: %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <source>Annullér fortryd</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Mødet er ikke gemt</source>
        <extracomment>The work is safe (saved, or a copy written) or was discarded: leaving may go on.</extracomment>
        <translation>The meeting is not saved</translation>
    </message>
    <message>
        <source>Dine seneste ændringer i mødet kunne ikke gemmes, så mødet er ikke lukket.</source>
        <translation>Your latest changes to the meeting could not be saved, so the meeting is not closed.</translation>
    </message>
    <message>
        <source>Prøv igen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Gem en kopi som …</source>
        <translation>Save a copy as …</translation>
    </message>
    <message>
        <source>Kassér</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Prøv igen, når fejlen er rettet, gem en kopi et andet sted – eller kassér ændringerne siden sidst, det blev gemt.</source>
        <translation>Try again once the error is fixed, save a copy somewhere else – or discard the changes since it was last saved.</translation>
    </message>
    <message>
        <source>Det lykkedes heller ikke denne gang.</source>
        <translation>That did not work this time either.</translation>
    </message>
    <message>
        <source>Gem en kopi af mødet</source>
        <translation>Save a copy of the meeting</translation>
    </message>
    <message>
        <source>Mødefil (*.json)</source>
        <translation>Meeting file (*.json)</translation>
    </message>
    <message>
        <source>Kopien kunne ikke gemmes. %1</source>
        <translation>The copy could not be saved. %1</translation>
    </message>
</context>
<context>
    <name>UserLibrary</name>
    <message>
        <source>Spørgsmålsfilen</source>
        <extracomment>Where questions the user creates in the app are kept. Ids the app generates start with this; bundled ids never do, so they cannot collide.</extracomment>
        <translation>The question file</translation>
    </message>
    <message>
        <source>Skabelonfilen</source>
        <translation>The template file</translation>
    </message>
    <message>
        <source>Filen med dine skjulte og foretrukne spørgsmål</source>
        <translation>The file with your hidden and favourite questions</translation>
    </message>
    <message>
        <source>{problem} Filen er sprunget over.</source>
        <translation>{problem} The file has been skipped.</translation>
    </message>
    <message>
        <source>{problem} Den bruges ikke og bliver erstattet, næste gang du skjuler noget eller vælger en favorit.</source>
        <translation>{problem} It is not used and will be replaced the next time you hide something or pick a favourite.</translation>
    </message>
    <message>
        <source>{what} {name} kunne ikke læses ({detail}).</source>
        <translation>{what} {name} could not be read ({detail}).</translation>
    </message>
    <message>
        <source>{what} {name} er ikke gyldig JSON ({detail}).</source>
        <translation>{what} {name} is not valid JSON ({detail}).</translation>
    </message>
    <message>
        <source>{what} {name} følger ikke det forventede format ({detail}).</source>
        <translation>{what} {name} does not follow the expected format ({detail}).</translation>
    </message>
    <message>
        <source>{what} {name} bruger id&apos;et {detail}, som allerede findes. Det er sprunget over.</source>
        <translation>{what} {name} uses the id {detail}, which already exists. It has been skipped.</translation>
    </message>
    <message>
        <source>{what} {name} foreslår spørgsmålet {detail}, som ikke findes. Forslaget er sprunget over.</source>
        <translation>{what} {name} suggests the question {detail}, which does not exist. The suggestion has been skipped.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Velkommen til dialogtool</source>
        <translation>Welcome to dialogtool</translation>
    </message>
    <message>
        <source>dialogtool er din makker i samtalen om teamets data: du forbereder formål, udbytte og proces, viser tallene i kontekst på projektoren, stiller spørgsmålene og holder fast i, hvad I lærte og aftalte.</source>
        <translation>dialogtool is your partner in the conversation about the team&apos;s data: you prepare purpose, outcome and process, show the numbers in context on the projector, ask the questions and hold on to what you learned and agreed.</translation>
    </message>
    <message>
        <source>Prøv med demoteamet</source>
        <translation>Try with the demo team</translation>
    </message>
    <message>
        <source>Team Nords tal fra et jobcenter, et afholdt eksempelmøde og det planlagte opfølgningsmøde, som åbner. Intet af dit eget bliver rørt.</source>
        <translation>Team Nord&apos;s numbers from a job centre, a held example meeting and the planned follow-up meeting, which opens. Nothing of your own is touched.</translation>
    </message>
    <message>
        <source>Rundvisning i ét møde (2 min)</source>
        <translation>Tour of one meeting (2 min)</translation>
    </message>
    <message>
        <source>Faserne, F5 til projektoren, PageDown til næste skridt og B for sort skærm.</source>
        <translation>The phases, F5 for the projector, PageDown for the next step and B for a black screen.</translation>
    </message>
    <message>
        <source>Start med mine egne data</source>
        <translation>Start with my own data</translation>
    </message>
    <message>
        <source>Til startskærmen: vælg en skabelon, opret et møde og indlæs jeres dataeksport.</source>
        <translation>To the start screen: choose a template, create a meeting and import your data export.</translation>
    </message>
    <message>
        <source>Alt, du skriver, gemmes løbende som private filer på denne computer – kun du kan læse dem. Programmet henter og sender intet på nettet; kun hvis du slår rummets telefoner til, åbner det en lokal forbindelse, mens du præsenterer.</source>
        <translation>Everything you write is saved continuously as private files on this computer – only you can read them. The program fetches and sends nothing on the internet; only if you turn on the room&apos;s phones does it open a local connection while you present.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Team / person</source>
        <extracomment>key -&gt; (the words for a group, the words for one employee), in Danish.</extracomment>
        <translation>Team / person</translation>
    </message>
    <message>
        <source>Medarbejder</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Vis ét nøgletal ad gangen. Lad teamet undersøge først, giv så dit perspektiv, og undersøg igen sammen.</source>
        <translation>Show one indicator at a time. Let the team explore first, then give your perspective, and explore again together.</translation>
    </message>
    <message>
        <source>Vis ét nøgletal ad gangen. Lad medarbejderen undersøge først, giv så dit perspektiv, og undersøg igen sammen.</source>
        <translation>Show one indicator at a time. Let the employee explore first, then give your perspective, and explore again together.</translation>
    </message>
    <message>
        <source>Trin 1 af 3: Teamet undersøger – hvad lægger I mærke til?</source>
        <translation>Step 1 of 3: The team explores – what do you notice?</translation>
    </message>
    <message>
        <source>Trin 1 af 3: Medarbejderen undersøger – hvad lægger du mærke til?</source>
        <translation>Step 1 of 3: The employee explores – what do you notice?</translation>
    </message>
    <message>
        <source>Trin 1 af 3 · Undersøg: hvad lægger I mærke til?</source>
        <translation>Step 1 of 3 · Explore: what do you notice?</translation>
    </message>
    <message>
        <source>Trin 1 af 3 · Undersøg: hvad lægger du mærke til?</source>
        <translation>Step 1 of 3 · Explore: what do you notice?</translation>
    </message>
    <message>
        <source>Gæt først: hvor tror I, tallet er landet?</source>
        <translation>Guess first: where did the number land?</translation>
    </message>
    <message>
        <source>Gæt først: hvor tror du, tallet er landet?</source>
        <translation>Guess first: where did the number land?</translation>
    </message>
    <message>
        <source>Teamets iagttagelser – før du siger noget</source>
        <translation>The team&apos;s observations – before you speak</translation>
    </message>
    <message>
        <source>Medarbejderens iagttagelser – før du siger noget</source>
        <translation>The employee&apos;s observations – before you speak</translation>
    </message>
    <message>
        <source>Forbered det gerne – gruppen ser det først, når I har talt</source>
        <translation>Prepare it if you like – the group sees it only after you have talked</translation>
    </message>
    <message>
        <source>Forbered det gerne – det vises først, når medarbejderen har talt</source>
        <translation>Prepare it if you like – it is shown only after the employee has spoken</translation>
    </message>
    <message>
        <source>Teamets respons på dit perspektiv</source>
        <translation>The team&apos;s response to your perspective</translation>
    </message>
    <message>
        <source>Medarbejderens respons på dit perspektiv</source>
        <translation>The employee&apos;s response to your perspective</translation>
    </message>
    <message>
        <source>Skriv først, hvad teamet lægger mærke til.</source>
        <translation>First write what the team notices.</translation>
    </message>
    <message>
        <source>Skriv først, hvad medarbejderen lægger mærke til.</source>
        <translation>First write what the employee notices.</translation>
    </message>
    <message>
        <source>Det lagde teamet mærke til</source>
        <translation>What the team noticed</translation>
    </message>
    <message>
        <source>Det lagde medarbejderen mærke til</source>
        <translation>What the employee noticed</translation>
    </message>
    <message>
        <source>Teamets respons</source>
        <translation>The team&apos;s response</translation>
    </message>
    <message>
        <source>Medarbejderens respons</source>
        <translation>The employee&apos;s response</translation>
    </message>
    <message>
        <source>Hver deltager kobler sig på formål og udbytte. Skriv kort, hvad hver især siger.</source>
        <translation>Each participant connects to the purpose and outcome. Note briefly what each says.</translation>
    </message>
    <message>
        <source>Medarbejderen kobler sig på formål og udbytte. Skriv kort, hvad der bliver sagt.</source>
        <translation>The employee connects to the purpose and outcome. Note briefly what is said.</translation>
    </message>
    <message>
        <source>Sæt flueben ved de spørgsmål, I bruger. Metodens to spørgsmål er sat på forhånd.</source>
        <translation>Tick the questions you use. The method&apos;s two questions are ticked already.</translation>
    </message>
    <message>
        <source>Sæt flueben ved de spørgsmål, du bruger. Metodens to spørgsmål er sat på forhånd.</source>
        <translation>Tick the questions you use. The method&apos;s two questions are ticked already.</translation>
    </message>
    <message>
        <source>Ingen handlinger endnu. Tryk »Tilføj handling«, og skriv hvad I gør, hvem der gør det, og hvornår I følger op.</source>
        <translation>No actions yet. Press “Add action” and write what you will do, who does it and when you will follow up.</translation>
    </message>
    <message>
        <source>Ingen handlinger endnu. Tryk »Tilføj handling«, og skriv hvad der skal ske, hvem der gør det, og hvornår der følges op.</source>
        <translation>No actions yet. Press “Add action” and write what is to happen, who does it and when it is followed up.</translation>
    </message>
    <message>
        <source>Sæt flueben ved de spørgsmål, I bruger. Metodens to spørgsmål står øverst og er sat på forhånd; andre spørgsmål fra teamets seneste møder foreslås ikke igen.</source>
        <translation>Tick the questions you use. The method&apos;s two questions are at the top and ticked already; other questions from the team&apos;s recent meetings are not suggested again.</translation>
    </message>
    <message>
        <source>Sæt flueben ved de spørgsmål, du bruger. Metodens to spørgsmål står øverst og er sat på forhånd; andre spørgsmål fra de seneste samtaler med medarbejderen foreslås ikke igen.</source>
        <translation>Tick the questions you use. The method&apos;s two questions are at the top and ticked already; other questions from your recent talks with the employee are not suggested again.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Annullér</source>
        <extracomment>Tasks whose work has started and whose ``done`` has not been emitted yet.</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
</TS>

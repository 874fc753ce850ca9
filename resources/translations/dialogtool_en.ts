<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da_DK">
<context>
    <name></name>
    <message>
        <source>Median af %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median af de øvrige %1 grupper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsDialog</name>
    <message>
        <source>Handlinger på tværs af møder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlingen blev ikke ændret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kun overskredne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarlig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Handling</source>
        <extracomment>The value a column sorts by (dates as ISO text, so they sort as dates). Today, for &quot;overdue&quot;; tests set it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidst fulgt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøgletal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overskredet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlingen findes ikke længere i sit møde.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Handlinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konkrete aftaler: hvad er første skridt, hvem gør hvad, og hvornår følger vi op?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøgletal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi følger op den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(intet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fx %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opfølgningen ligger før den seneste frist (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efter den seneste frist (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>dialogtool – skærmen til gruppen</source>
        <extracomment>Point sizes at 1024×768 and scale 1.0. Where each field of the game board sits: columns external/internal, rows collective/individual. Tomm&apos;s 2×2: clarity and action on top, reflection below; orienting left, influencing right.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formål</source>
        <extracomment>The chart of each view, made when the room first sees that view. (view, snapshot, team) the slide shows, and what each view&apos;s chart last drew; snapshots are immutable once taken, so an equal pair needs no drawing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udbytte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lederens perspektiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lederen sætter retningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undersøg: hvordan når vi derhen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lederens retning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trin 2 af 3 · Lederen giver sit perspektiv</source>
        <extracomment>How to join from a phone, and the room&apos;s answers once revealed (issue 21).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trin 3 af 3 · Undersøg igen: giver det mening?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (står over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I grupper – bagefter samler vi op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi følger op den %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Papirkurv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slettede møder. Et gendannet møde vises igen på forsiden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gendan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – slettet %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet kunne ikke gendannes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der findes allerede et møde med samme id; det overskrives ikke.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundedIntDelegate</name>
    <message>
        <source>Mellem %1 og %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>(alle)</source>
        <extracomment>Above this many bars the values are read from the axis, not written on each bar. (group, value) as drawn, for tests and the record.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median af %1 øvrige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageMeter</name>
    <message>
        <source>Brugt i mødet: %1 af 4 typer</source>
        <extracomment>(row, column) of each quadrant, as on the question page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brugte spørgsmålstyper: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataController</name>
    <message>
        <source>Indlæs data</source>
        <extracomment>A dataset is to be shown from now on; carries the described ``Dataset``. The landscape in use: the open meeting&apos;s team&apos;s, else the one edited last.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataeksporter (%1);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Data i kontekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indlæs data …</source>
        <translation type="unfinished">Import data …</translation>
    </message>
    <message>
        <source>Indlæs en dataeksport (CSV, Excel eller ODS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UGU – undersøg, giv, undersøg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Dit perspektiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Undersøg igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Undersøg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giv dit perspektiv →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undersøg igen →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Øvrige nøgletal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intet datasæt er indlæst. Start med demodata eller indlæs en fil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giv retningen først →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>højere er bedre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lavere er bedre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trin 2 af 3: Du giver dit perspektiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trin 3 af 3: Undersøg igen – giver det mening, og hvordan?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd.mm.åååå</source>
        <extracomment>The user settled on a date (typed, or picked in the calendar), or emptied the field. Why the text is not a date (&quot;&quot; once it is fine again).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg i kalenderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>»%1« er ikke en dato. Skriv fx 15.01.2027, 15.1.27 eller 15/1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <source>Filtrér, fx et team eller en periode …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indlæs detaljeliste …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En liste på individniveau bag tallet, fx borgere eller forløb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis tallene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaljeliste fra %1. Personoplysninger: vises kun her og gemmes ikke i mødet.</source>
        <extracomment>Detail lists loaded in this session, per indicator; never written anywhere.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Værdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Række i filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Færre end %1 rækker – skjult, så ingen kan genkendes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rækker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 af %2 rækker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indlæs detaljeliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lister (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Læser %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen kunne ikke læses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaljeliste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Der skete en fejl</source>
        <extracomment>Saves what can be saved after an error; returns a sentence on whether work was lost.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dialogtool stødte på en fejl, vi ikke havde forudset. Det, du var i gang med, blev måske ikke gjort færdigt – prøv gerne igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaljerne siger kun, hvor i programmet fejlen skete – ingen noter, navne eller tal. Send dem gerne til den, der hjælper dig med dialogtool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiér detaljer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fejl mere siden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Intet af det, du har skrevet, er gået tabt.</source>
        <extracomment>Before the event loop runs (while starting, or when Python is about to exit with the error) a dialog that does not wait would never be seen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det er uvist, om dine seneste ændringer er gemt. Se efter i mødet, før du lukker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationBox</name>
    <message>
        <source>Ny forklaring …</source>
        <extracomment>Grid position (row, column) of each quadrant, below and right of the axis labels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv forklaringen, og tryk Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny forklaring i %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flyt kortet til %1 (Ctrl+pil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet kortet (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationsPage</name>
    <message>
        <source>Forklaringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvad kan forklare det, vi undrer os over? Skriv hver forklaring som et kort, og placér det: kan lederen påvirke det, og gælder det alle eller én?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>Formats drawn with charts: rendered off the UI thread.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word-dokument (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown til Teams og OneNote (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webside (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem opsamling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der er endnu ingen opfølgningsdato eller frist at sætte i kalenderen. Skriv dem under Handlinger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opsamlingen er for lang til en e-mail-kladde, så kladden er forkortet. Hele opsamlingen ligger på udklipsholderen: indsæt den i e-mailen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udskriv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udskrivningen mislykkedes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opsamlingen er gemt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemt som »%1« i %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åbn mappe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opsamlingen kunne ikke gemmes. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FramingPage</name>
    <message>
        <source>Rammesætning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortæl gruppen, hvorfor vi kigger på netop disse data i dag, hvad vi skal tale om, hvordan dialogen foregår, og hvad vi skal have i hånden til sidst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udbytte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ikke udfyldt under forberedelsen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Din rolle over for tallene: &lt;b&gt;%1&lt;/b&gt; – %2&lt;br&gt;Du tager udgangspunkt i: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metode – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sådan gør du</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Læser %1 …</source>
        <extracomment>The file was loaded; carries the ``ImportResult``. The flow is over, loaded or not. How the mapping was found: &quot;remembered&quot;, &quot;detected&quot; or &quot;asked&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Læser arket %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indlæser data fra %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen %1 kunne ikke indlæses (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen kan ikke bruges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Mål</source>
        <extracomment>One other group the leader picked to look at (from the loaded dataset). Total and benchmark lines, reused from one indicator to the next. The shades over and under the target: (fill, upper curve, lower curve), reused. The legend&apos;s entries as drawn, and those the change being drawn wants.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(alle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laveste–højeste af dem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedre end målet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dårligere end målet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorHistoryDialog</name>
    <message>
        <source>Nøgletal over tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen møder har set på et nøgletal endnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamet lagde mærke til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamets svar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Trædesten</source>
        <extracomment>The set of stepping stones changed; carries how many are chosen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Højere er bedre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trukket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leveret af</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvor ofte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition – kan vi stole på data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målet fra filen; skriv et andet for at bruge det, hvor filen intet har</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorViews</name>
    <message>
        <source>&amp;Udvikling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udvikling over tid med mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sammenlign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppen sammenlignet med de andre grupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;neste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seneste periode mod forrige og målet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detaljer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallene bag nøgletallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis også en enkelt af de øvrige grupper i udviklingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen enkelt gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(alle)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LandscapeDialog</name>
    <message>
        <source>Teamets datalandskab</source>
        <extracomment>The landscape was saved; carries the ``Landscape``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datalandskabet hører til teamet, ikke til ét møde: hvilken effekt I vil skabe for borgeren, og de 7–8 trædesten, der siger mest om den. Hvert nøgletal får kilde, dato og definition med, så alle kan se, om data er til at stole på.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyt team …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datalandskab:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fx: Flere borgere kommer i ordinære løntimer og bliver selvforsørgende.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effekten for borgeren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trædesten valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datalandskabet kunne ikke gemmes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatestChart</name>
    <message>
        <source>Forrige (%1)</source>
        <extracomment>(label, value) as drawn, for tests and the record.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seneste (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ugemt arbejde</source>
        <extracomment>Every meeting, searchable; the start screen lists meetings from it. The wall clock for meetings&apos; timeboxes; tests pass one they move by hand. Asks what to do with an edit that could not be saved (while it is open).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indlæser demodata …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet kunne ikke oprettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det nye møde kunne ikke gemmes. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan ikke åbne mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet er åbent et andet sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 har også dette møde åbent på computeren %2. Skriver I begge i det, gemmes den senestes ændringer som en konfliktkopi ved siden af.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intet af det, du har skrevet, er gået tabt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prøvegennemgangen er stadig åben; den bliver ikke gemt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intet er gået tabt: alt, hvad du har skrevet i mødet, er gemt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet kunne ikke gemmes lige nu, men det er stadig åbent, så intet er tabt. Når du lukker det, kan du prøve igen eller gemme en kopi et andet sted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Hvilke kolonner er hvad? – %1</source>
        <extracomment>Tidy observations shown in the preview. The user chose another sheet; the flow reads it and calls ``set_source``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi er ikke helt sikre på, hvordan filen skal læses. Vælg, hvilken kolonne der er hvad – forhåndsvisningen nederst viser straks, hvad det giver. Valget huskes til næste fil fra samme kilde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen overskrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overskrift i række:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Én række pr. tal, med en kolonne for nøgletallets navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Én kolonne pr. nøgletal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;rioder på tværs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Etiketter ned ad siden og én kolonne pr. periode (som Statistikbankens og Jobindsats&apos; tabeller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opbygning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Måned/kvartal/&amp;uge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Når perioden står i to kolonner: året i den ene, måned, kvartal eller uge i den anden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gruppe (team):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nøgletal (navn):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fx Fuldtidsledige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøgletallets n&amp;avn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Værdi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mål:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøgletals&amp;kolonner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Filens første rækker&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Første observationer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indlæs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Læser arket %1 …</source>
        <extracomment>Columns whose values the proposal adds to the indicator names (not chosen here).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markér mindst én nøgletalskolonne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den samme kolonne er valgt til to ting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg kolonnen med perioder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg kolonnen med nøgletallenes navne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen kolonneoverskrift er en periode; vælg overskriftsrækken med perioderne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nøgletal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>værdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>del af navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(alle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøgletal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Værdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problemer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forhåndsvisning af de første %1 rækker: %2 nøgletal, %3 grupper, perioder %4–%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 celler eller rækker giver problemer – se fanen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <source>Mødet kunne ikke gemmes. %1</source>
        <extracomment>Emitted after any edit (pages refresh derived views, e.g. the summary). Emitted after an operation, with the :class:`Changes` it made. Emitted after the record was written; carries the file path. Emitted when saving failed; carries a sentence for the user. Emitted when the meeting moves between editable and read-only. The meeting moved to another step (carries the PhaseId value). Another indicator is shown on the data page (&quot;&quot; for none). The data page shows the indicator another way (carries the DataView value). The leader chose what the room sees as the question of the current step. The leader put Tomm&apos;s board on the room&apos;s screen, or took it off. From the writer thread: a background write ended (carries its future). The meeting&apos;s clock was started, paused, resumed or reset. The leader asked, from within the meeting, to load a data file. Another dataset is shown from now on (a file was loaded). The phase plan changed: timeboxes, or phases added, removed or reordered. The wall clock; tests pass one they move by hand. A walk-through of a copy of the record: edits are kept in memory only. The one write in flight on the writer thread, if any. Tomm&apos;s 2×2 on the room&apos;s screen (in the question phase, when the leader wants it). The question the leader put on screen, per step, indicator and UGU step.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Mødet er afsluttet og vises skrivebeskyttet.</source>
        <extracomment>Room for the longest step name; with the notes&apos; minimum, a 1024 px screen keeps about 600 px for the page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortsæt mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Prøvegennemgang – gemmes ikke.&lt;/b&gt; Du kan prøve alt af; intet bliver gemt, og mødet er uændret bagefter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslut prøven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deles i opsamlingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private noter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kun til dig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til forsiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Forrige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metode (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kort om metoden i denne fase: hvad, hvorfor, hvordan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemmer …</source>
        <extracomment>The audience window, the presenter&apos;s controls and the presenting keys.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>&lt;b&gt;Fordeling af indlæg&lt;/b&gt; – kun for dig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I listens rækkefølge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste taler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Står over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 indlæg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tæl et indlæg fra den valgte (dobbeltklik også)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen taletid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sek./person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personer pr. gruppe: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del i grupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saml op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (står over)</source>
        <translation type="unfinished"></translation>
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
        <source>Blød lyd ved 2 min og ved tidens udløb</source>
        <translation>Soft sound at 2 min and when time is up</translation>
    </message>
    <message>
        <source>Skriftstørrelse</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>Mappe til gemte opsamlinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagernes navne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ord fra tjek ind og tjek ud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taletid (antal indlæg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lederens perspektiv, som blev givet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skjul detaljelister med færre end 5 personer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <source>Forberedelse</source>
        <extracomment>Room for the page&apos;s margins and the vertical scroll bar beside the boxes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afklar i denne rækkefølge: formål, udbytte – og først derefter proces. Vælg også, hvilken rolle du tager over for tallene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødetype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødeleder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn på deltager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Din rolle over for tallene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Formål&lt;/b&gt; – hvorfor mødes vi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi mødes for at …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Udbytte&lt;/b&gt; – hvad har vi konkret, når mødet slutter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Når klokken er … og vi er færdige, har vi …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyt punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg en gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallene viser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Proces&lt;/b&gt; – dagsorden med tidsrammer; den er mødets faser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Et punkt mere i den valgte fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjerner punktet; er det fasens eneste, fjernes fasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødets længde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem som min skabelon …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste møde af samme slags kan starte med disse faser, tider og FUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem som min skabelon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skabelonens navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skabelon</source>
        <translation type="unfinished">Template</translation>
    </message>
    <message>
        <source>Gemt som skabelonen »%1«.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg, hvilken gruppes tal der vises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>»%1« er ikke en gruppe i data: vælg, hvilken gruppes tal der vises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet har været i den fase; den kan ikke fjernes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I alt %1 af %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagsordenen er %1 min længere end mødet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Manuskript</source>
        <extracomment>With one screen, the room&apos;s preview takes this share of the screen&apos;s width (4:3). The visible shuffle of the speaking order has landed on its final order. Next/previous from a clicker or the audience window (the host steps through its pages).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rummet</source>
        <extracomment>The room takes part from phones (issue 21): its own panel and part of the screen.</extracomment>
        <translation>The room</translation>
    </message>
    <message>
        <source>Dig (leder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet: %1 over tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet: %1 tilbage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet: %1 – ikke startet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet: %1 – på pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 over tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taletid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tid i grupperne: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rød tråd: Vi er cirka halvvejs – hvordan er vi blevet klogere indtil nu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rød tråd: Vi har en halv time tilbage – er der andet, vi skal nå?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rød tråd: Ti minutter tilbage – hvad skal vi have samlet op, og hvornår følger vi op?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nulstil mødets tid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet og alle faser starter igen med hele deres tid. Det, der er skrevet, bliver, som det er.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brobyg: »%1«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talt: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterBar</name>
    <message>
        <source>Gæt først</source>
        <extracomment>Start, pause or resume the meeting&apos;s clock. Put Tomm&apos;s board on the room&apos;s screen (True) or take it off.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafen skjules, mens der gættes på, hvor tallet landede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis grafen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brobyg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send spørgsmålet videre til gruppen (kun på din skærm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nulstil tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start forfra med hele mødets tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis spørgsmålstyperne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis de fire spørgsmålstyper med mødets spørgsmål på skærmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvid (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skærm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Præsentér (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortsæt mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start mødet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Det, der ikke kunne indlæses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resten er indlæst. Nedenfor står de celler og rækker, der er sprunget over eller bør tjekkes, med deres placering i filen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Fil</source>
        <extracomment>A light tint behind the columns the mapping uses.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Række</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolonne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuadrantBox</name>
    <message>
        <source>Markér som stillet</source>
        <extracomment>(row, column) of each quadrant in the grid, below the axis labels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (stillet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionLibraryDialog</name>
    <message>
        <source>Mine spørgsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle kategorier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis skjulte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørgsmålet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørgsmålet på dansk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dansk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valgfrit – ellers bruges den danske tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engelsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem som nyt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem ændringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lav en kopi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv spørgsmålet på dansk først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørgsmålet er gemt i dit bibliotek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ændringerne er gemt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopien er din egen – ret den, og gem ændringerne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørgsmålet er slettet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRoundPage</name>
    <message>
        <source>Spørgsmålsrunde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skabelonens spørgsmål i rækkefølge. Sæt flueben, når et spørgsmål er stillet – så vises det også på skærmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis på skærmen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionTableModel</name>
    <message>
        <source>Favorit</source>
        <extracomment>A mark could not be written; carries a sentence for the user.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørgsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skjult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medfølger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentMeetingsModel</name>
    <message>
        <source>Dato</source>
        <extracomment>Meetings listed without a search (the newest); a search finds any of them. Rows measured to size the columns.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åbne handlinger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Siden sidst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvad aftalte vi sidst, og hvordan er det gået? Giv hver aftale en status og en kort kommentar – det gemmes også i det møde, hvor aftalen blev lavet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøgletallet siden aftalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der er intet at følge op på: ingen åbne aftaler fra tidligere møder med dette team. Gå videre til næste fase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frist %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aftalt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opfølgningen kunne ikke gemmes i det tidligere møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet »%1« blev ikke opdateret. %2 Opfølgningen er gemt i dette møde.</source>
        <translation type="unfinished"></translation>
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
    <name>RoomPanel</name>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tjek ud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvad tager vi med os, og hvad skal det føre til af handling? Én ad gangen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltager</source>
        <extracomment>Earlier meetings, read once: which check-in questions the team had recently.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Står over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj deltagere under Forberedelse for at tage en runde.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptBox</name>
    <message>
        <source>Vis</source>
        <extracomment>The question to show (&quot;&quot; shows none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis det valgte spørgsmål på skærmen (dobbeltklik også)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis intet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til dig: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Datainformerede dialoger</source>
        <extracomment>The next meeting in the series of the meeting with this id. Put back work kept in recovery files while saving failed. Today, for due and overdue actions; tests set it.</extracomment>
        <translation>Data-informed dialogues</translation>
    </message>
    <message>
        <source>Forbered og gennemfør en god samtale om jeres data – og hold fast i, hvad I lærte og aftalte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gendan ugemt arbejde</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datalandskab …</source>
        <translation>Data landscape …</translation>
    </message>
    <message>
        <source>Teamets effekt, trædesten og hvad hvert nøgletal betyder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søg i noter, spørgsmål, handlinger og forklaringer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen møder endnu. Opret det første ovenfor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viser de %1 nyeste møder – søg for at finde ældre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle handlinger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøgletal over tid …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papirkurv …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omdøb …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplikér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flyt mødet til papirkurven; det kan gendannes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste møde i serien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Et nyt møde med samme deltagere og data, på den aftalte opfølgningsdato – og sidste gangs aftaler under »Siden sidst«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prøvegennemgang</source>
        <translation>Rehearsal</translation>
    </message>
    <message>
        <source>Gå mødet igennem på forhånd. Intet af det, du gør, bliver gemt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åbn</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Alle teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen møder passer til søgningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> og %1 flere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist i dag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overskredet (ældste frist %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ugemte ændringer i mødet »%1« blev gemt i en gendannelsesfil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasæt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intet datasæt indlæst – indlæs en dataeksport, eller brug demodata for at prøve programmet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omdøb mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødets titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet kunne ikke omdøbes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (kopi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet kunne ikke duplikeres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet kunne ikke slettes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Opsamling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det vigtigste, vi lærte, hvordan vi blev klogere, næste skridt – og hvornår vi følger op. Private noter kommer kun med, hvis du beder om det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private noter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dine private noter og et perspektiv, du ikke gav gruppen. Huskes ikke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagernes navne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tjek ind- og tjek ud-ord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taletid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lederens perspektiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formateret til Outlook, Word og Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem som …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opfølgningen og fristerne som .ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udskriv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslut mødet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateMenu</name>
    <message>
        <source>Favorit (øverst på listen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skjul skabelonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis skjulte skabeloner igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lav en kopi, jeg kan rette i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet min skabelon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skabelon</source>
        <translation type="unfinished">Template</translation>
    </message>
</context>
<context>
    <name>TommPage</name>
    <message>
        <source>Spørgsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sæt flueben ved de spørgsmål, du vil bruge, og markér dem som stillet, når de er stillet. Brug gerne alle fire typer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orienterende – forstå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påvirkende – forandre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarhed og
handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refleksion og
læring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit eget spørgsmål …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit eget spørgsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørgsmålstype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemmes i dit spørgsmålsbibliotek og vælges til mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørgsmålet kunne ikke gemmes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Mødet er ikke gemt</source>
        <extracomment>The work is safe (saved, or a copy written) or was discarded: leaving may go on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dine seneste ændringer i mødet kunne ikke gemmes, så mødet er ikke lukket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prøv igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem en kopi som …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prøv igen, når fejlen er rettet, gem en kopi et andet sted – eller kassér ændringerne siden sidst, det blev gemt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det lykkedes heller ikke denne gang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem en kopi af mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødefil (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopien kunne ikke gemmes. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>%1 er indlæst: %2 nøgletal, %3 grupper, perioder %4–%5, %6 tal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

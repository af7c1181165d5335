<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AidWords</name>
    <message>
        <location filename="../../reader/ui/translation/aids.py" line="33"/>
        <source>“%1” was left untranslated: click to look it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/aids.py" line="36"/>
        <source>You corrected this sentence elsewhere: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/translation/aids.py" line="39"/>
        <source>%n sentence(s) you corrected in another article</source>
        <translation>
            <numerusform>%n sentence you corrected in another article</numerusform>
            <numerusform>%n sentences you corrected in another article</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlsoIn</name>
    <message>
        <location filename="../../reader/ui/also_in.py" line="96"/>
        <source>Finding shared passages: %1 of %2 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="197"/>
        <source>Copied the highlight to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="201"/>
        <source>Copied %1 highlights to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="206"/>
        <source>(%1 left out: their words are not in that copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlsoInList</name>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="232"/>
        <source>Repeated in 1 other story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="234"/>
        <source>Repeated in %1 other stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="238"/>
        <source>Also in 1 other article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="240"/>
        <source>Also in %1 other articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="247"/>
        <source>Marked: the words each one wrote differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="287"/>
        <source>Another story that repeats this passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="298"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="303"/>
        <source>Copy my highlight here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="305"/>
        <source>Copy my %1 highlights here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="309"/>
        <source>Put this paragraph&apos;s highlights, notes and tags on this copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlsoInMarks</name>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="80"/>
        <source>Repeated in one other story: click to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="82"/>
        <source>Repeated in %1 other stories: click to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="88"/>
        <source>Also in one other article: click to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="90"/>
        <source>Also in %1 other articles: click to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="101"/>
        <source>repeated in 1 story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="102"/>
        <source>repeated in %1 stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="104"/>
        <source>also in 1 article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="105"/>
        <source>also in %1 articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationBrowser</name>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="41"/>
        <source>All Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="44"/>
        <source>Filter by words of the passage, note or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="47"/>
        <source>Filter annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="49"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="51"/>
        <source>Filter by article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="53"/>
        <source>Filter by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="55"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="56"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="57"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="58"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="62"/>
        <source>Filter by colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="63"/>
        <source>All colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="68"/>
        <source>Annotations of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="71"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="72"/>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="73"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="74"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="75"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="124"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="130"/>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../reader/ui/annotations/controller.py" line="143"/>
        <source>Colour Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/controller.py" line="144"/>
        <source>What does this colour mean to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/controller.py" line="186"/>
        <source>Select the passage in the article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/controller.py" line="242"/>
        <source>Tags of the Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/controller.py" line="261"/>
        <source>Tags of the Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/controller.py" line="270"/>
        <source>Article tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <location filename="../../reader/ui/annotations/commands.py" line="55"/>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/commands.py" line="78"/>
        <source>Edit annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/commands.py" line="95"/>
        <source>Remove highlight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="104"/>
        <location filename="../../reader/ui/annotations/panel.py" line="220"/>
        <source>Click a colour to name what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="108"/>
        <location filename="../../reader/ui/annotations/panel.py" line="221"/>
        <source>Re-attach to the Selected Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="111"/>
        <location filename="../../reader/ui/annotations/panel.py" line="224"/>
        <source>Select the passage in the article, then attach the chosen lost annotation to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="168"/>
        <location filename="../../reader/ui/annotations/panel.py" line="227"/>
        <source>Note of the selected annotation (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="169"/>
        <location filename="../../reader/ui/annotations/panel.py" line="228"/>
        <source>Write a note (Markdown); Ctrl+Enter saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="171"/>
        <location filename="../../reader/ui/annotations/panel.py" line="229"/>
        <source>Save Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="339"/>
        <source>Remove Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="117"/>
        <location filename="../../reader/ui/annotations/panel.py" line="239"/>
        <source>Show annotations of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="120"/>
        <location filename="../../reader/ui/annotations/panel.py" line="240"/>
        <source>Annotations of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="126"/>
        <location filename="../../reader/ui/annotations/panel.py" line="243"/>
        <source>Select text, then press H to highlight, 1–9 for a colour, N for a note, T for tags; Del removes; [ and ] move between highlights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="253"/>
        <location filename="../../reader/ui/annotations/panel.py" line="378"/>
        <source>All colours and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="268"/>
        <source>Not found in the current text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="174"/>
        <location filename="../../reader/ui/annotations/panel.py" line="237"/>
        <source>Note Editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="175"/>
        <location filename="../../reader/ui/annotations/panel.py" line="238"/>
        <source>Write the note in a larger editor, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="270"/>
        <source>%1, shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="270"/>
        <source>%1, private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="178"/>
        <location filename="../../reader/ui/annotations/panel.py" line="233"/>
        <source>Shared with the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="181"/>
        <location filename="../../reader/ui/annotations/panel.py" line="235"/>
        <source>Checked, your teammates see this note; else it is yours alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="273"/>
        <source>Your version, kept beside a change made meanwhile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../reader/ui/article/view.py" line="120"/>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="122"/>
        <source>Choose an article in the library, or search with Ctrl+K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/article/view.py" line="131"/>
        <location filename="../../reader/ui/article/view.py" line="464"/>
        <source>%n search hit(s)</source>
        <translation>
            <numerusform>%n search hit</numerusform>
            <numerusform>%n search hits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="126"/>
        <location filename="../../reader/ui/article/view.py" line="497"/>
        <source>Search hit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="553"/>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="556"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caption</name>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/panels.py" line="180"/>
        <source>%n article(s) found by “%1”</source>
        <translation>
            <numerusform>%n article found by “%1”</numerusform>
            <numerusform>%n articles found by “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/panels.py" line="183"/>
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>%n article in the library</numerusform>
            <numerusform>%n articles in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/panels.py" line="185"/>
        <source>%n article(s) of these dates</source>
        <translation>
            <numerusform>%n article of these dates</numerusform>
            <numerusform>%n articles of these dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/panels.py" line="186"/>
        <source>%n article(s) shown in the library</source>
        <translation>
            <numerusform>%n article shown in the library</numerusform>
            <numerusform>%n articles shown in the library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colors</name>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="16"/>
        <source>Key fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="17"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="18"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="19"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="20"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="21"/>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="22"/>
        <source>Claim to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="23"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="24"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateFilter</name>
    <message>
        <location filename="../../reader/ui/pictures/datefilter.py" line="61"/>
        <location filename="../../reader/ui/pictures/datefilter.py" line="62"/>
        <source>Show every date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/datefilter.py" line="65"/>
        <source>Published: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../reader/ui/details.py" line="74"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="75"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="77"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="82"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="83"/>
        <source>%1 words · %2 paragraphs · about %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="88"/>
        <source>Page furniture</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/details.py" line="88"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="89"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="90"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="91"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="92"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitiesPanel</name>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="128"/>
        <location filename="../../reader/ui/entities/panel.py" line="129"/>
        <source>Show entities in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="130"/>
        <source>Entities of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="131"/>
        <source>&amp;Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="132"/>
        <source>Language of entity names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="135"/>
        <source>The name each entity is listed by; its other names (China, Chine) still find it in search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="140"/>
        <source>In the interface&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="141"/>
        <source>In each article&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="147"/>
        <source>Click a name to go through its mentions; double-click to find every article that mentions it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="164"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="165"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="166"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="167"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="168"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="169"/>
        <source>Percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="170"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="171"/>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="219"/>
        <source>Recognising entities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="221"/>
        <source>No entity found in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="247"/>
        <source>%1 — click for the next mention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityBrowser</name>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="76"/>
        <source>Entity Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="79"/>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="80"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="85"/>
        <source>Filter names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="87"/>
        <source>Filter entity names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="135"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="135"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="135"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="135"/>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="144"/>
        <source>Entities of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="92"/>
        <source>Articles that mention the entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="96"/>
        <source>Entities found in the same articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="110"/>
        <source>Articles (double-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="112"/>
        <source>Found most often with it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityMapPanel</name>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="223"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="224"/>
        <source>Save the entity map as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="227"/>
        <source>PNG Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="227"/>
        <source>SVG Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="231"/>
        <source>Entity map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="233"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="234"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="235"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="236"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="237"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="244"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="248"/>
        <source>no entity recognised in them yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/panels.py" line="251"/>
        <source>the %1 most widespread of %n entities</source>
        <translation>
            <numerusform>the %1 most widespread of %n entity</numerusform>
            <numerusform>the %1 most widespread of %n entities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="255"/>
        <source>click one to search for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityOverlay</name>
    <message numerus="yes">
        <location filename="../../reader/ui/article/overlay.py" line="64"/>
        <source>%n mention(s) in this article</source>
        <translation>
            <numerusform>%n mention in this article</numerusform>
            <numerusform>%n mentions in this article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/article/overlay.py" line="67"/>
        <source>In %n article(s) of the library</source>
        <translation>
            <numerusform>In %n article of the library</numerusform>
            <numerusform>In %n articles of the library</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="127"/>
        <source>Also written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="83"/>
        <source>found by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="74"/>
        <source>the list of known names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="76"/>
        <source>the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="77"/>
        <source>patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="78"/>
        <source>capitalised words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="79"/>
        <source>cues in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="80"/>
        <source>your correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="149"/>
        <source>Mark as Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="166"/>
        <source>Not an Entity in This Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="174"/>
        <source>Not an Entity Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="179"/>
        <source>Change Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="193"/>
        <source>Same Entity As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="212"/>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="221"/>
        <source>Add a Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="223"/>
        <source>Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="246"/>
        <source>Look Up “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="251"/>
        <source>Add to Glossary…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="115"/>
        <source>Glossary Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="115"/>
        <source>Add to Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="118"/>
        <source>how your translations write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="119"/>
        <source>A name: leave it as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="122"/>
        <source>why, where it comes from (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="126"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="127"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="128"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="130"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../reader/ui/errors.py" line="43"/>
        <source>Something went wrong inside the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/errors.py" line="47"/>
        <source>Your library is safe. Please report this with the details below (Show Details…, or Copy details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/errors.py" line="55"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="38"/>
        <source>Markdown (Obsidian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="39"/>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="41"/>
        <source>CSV (Readwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="44"/>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="47"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="61"/>
        <source>Export Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="65"/>
        <source>Which notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="69"/>
        <source>This article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="71"/>
        <source>This article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="74"/>
        <source>Tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="89"/>
        <source>Articles found by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="91"/>
        <source>Articles found by the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="94"/>
        <source>The whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="100"/>
        <source>Include the full text, highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="101"/>
        <source>Include the named entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="103"/>
        <source>One file per article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="107"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="111"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/notes_export.py" line="139"/>
        <source>%n annotation(s) exported to %1</source>
        <translation>
            <numerusform>%n annotation exported to %1</numerusform>
            <numerusform>%n annotations exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="66"/>
        <location filename="../../reader/ui/article/bars.py" line="67"/>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="68"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="68"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="69"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="69"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="70"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="70"/>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossController</name>
    <message>
        <location filename="../../reader/ui/translation/gloss.py" line="30"/>
        <source>Add to glossary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/gloss.py" line="32"/>
        <source>(your glossary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/gloss.py" line="33"/>
        <source>(FreeDict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/gloss.py" line="35"/>
        <source>“%1” is not in the dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/gloss.py" line="127"/>
        <source>Looking up “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="100"/>
        <source>Add to glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="102"/>
        <source>Remove from glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="104"/>
        <source>Edit glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="388"/>
        <source>Import glossary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="208"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="216"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="218"/>
        <source>into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="224"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="224"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="224"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="224"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="232"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="233"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="234"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="235"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="236"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="245"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="247"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="312"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/translation/glossary.py" line="322"/>
        <source>%n entries from %1 into %2</source>
        <translation>
            <numerusform>%n entry from %1 into %2</numerusform>
            <numerusform>%n entries from %1 into %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="326"/>
        <source>Choose two different languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="366"/>
        <source>Import a Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="368"/>
        <source>CSV (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/translation/glossary.py" line="390"/>
        <source>%n entries imported</source>
        <translation>
            <numerusform>%n entry imported</numerusform>
            <numerusform>%n entries imported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="396"/>
        <source>Export the Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="396"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/translation/glossary.py" line="411"/>
        <source>%n entries written to %1</source>
        <translation>
            <numerusform>%n entry written to %1</numerusform>
            <numerusform>%n entries written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../reader/ui/keymap.py" line="135"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="211"/>
        <source>Next search hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="216"/>
        <source>Previous search hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="228"/>
        <source>Leave the search, or close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="128"/>
        <source>Find in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="222"/>
        <source>Next / previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="205"/>
        <source>Go to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="51"/>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="59"/>
        <source>Import a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="67"/>
        <source>Export highlights and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="97"/>
        <source>Tags of the whole article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="105"/>
        <source>Every annotation of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="155"/>
        <source>Show or hide the details panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="169"/>
        <source>Show or hide the entities panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="190"/>
        <source>Show or hide all entities in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="198"/>
        <source>Open the entity browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="234"/>
        <source>Previous / next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="240"/>
        <source>Start / end of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="246"/>
        <source>Highlight the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="252"/>
        <source>Highlight the selection in colour 1 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="277"/>
        <source>Save the note being edited in the Annotations panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="320"/>
        <source>In the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="259"/>
        <source>Note / tags for the selection or highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="265"/>
        <source>Remove the highlight under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="271"/>
        <source>Previous / next highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="162"/>
        <source>Show or hide the annotations panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="121"/>
        <source>Copy the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="86"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="32"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="85"/>
        <source>A reader for news corpora: search, read, annotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="86"/>
        <source>Library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="95"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="176"/>
        <source>Show or hide the timeline of the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="183"/>
        <source>Show or hide the map of the entities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HitBar</name>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="94"/>
        <source>Previous hit (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="94"/>
        <source>Previous hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="95"/>
        <source>Next hit (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="95"/>
        <source>Next hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="96"/>
        <source>Clear the hits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../reader/ui/importer.py" line="51"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="52"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="53"/>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../reader/ui/importer.py" line="83"/>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="85"/>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="92"/>
        <source>Import a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="111"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="129"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="141"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="160"/>
        <source>%1 imported, %2 updated, %3 unchanged, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="170"/>
        <source>Annotations of the updated articles: %1 in place, %2 moved, %3 not found (kept and listed in the Annotations panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/importer.py" line="180"/>
        <source>%n file(s) of other kinds left out: only text, Markdown and HTML files are imported.</source>
        <translation>
            <numerusform>%n file of another kind left out: only text, Markdown and HTML files are imported.</numerusform>
            <numerusform>%n files of other kinds left out: only text, Markdown and HTML files are imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="188"/>
        <source>The import was cancelled; the files imported so far were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="192"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="199"/>
        <source>%1: left out (not a text, Markdown or HTML file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../reader/ui/library/model.py" line="44"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/model.py" line="45"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/model.py" line="46"/>
        <source>Lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/model.py" line="47"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/model.py" line="48"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../reader/ui/library/view.py" line="179"/>
        <source>Filter by title or source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="180"/>
        <source>Filter the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="181"/>
        <source>Filter by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="182"/>
        <source>Filter by language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="183"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="184"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/library/view.py" line="205"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="207"/>
        <source>%1 of %2 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="195"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="196"/>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="197"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../reader/ui/links.py" line="79"/>
        <source>Not a Liseuse link: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/search/field.py" line="56"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="299"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="300"/>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="301"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/field.py" line="51"/>
        <source>Search  (Ctrl+K)   e.g.  Huawei   &quot;stock de puces&quot;   source:register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="49"/>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="52"/>
        <source>Import .txt, .md or .html files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="57"/>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="60"/>
        <source>Import every article in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="65"/>
        <source>&amp;Export Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="68"/>
        <source>Export highlights and notes: Markdown, HTML, PDF, CSV, JSON-LD, text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="73"/>
        <source>Import &amp;Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="84"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="126"/>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="133"/>
        <source>&amp;Search Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="203"/>
        <source>Go to &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="119"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="138"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="139"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="140"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="208"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="209"/>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="24"/>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="25"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="26"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="45"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="89"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="90"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="91"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="95"/>
        <source>&amp;Article Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="103"/>
        <source>All A&amp;nnotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="108"/>
        <source>Manage &amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="113"/>
        <source>Translation &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="137"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="144"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="148"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="28"/>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="149"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="153"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="160"/>
        <source>&amp;Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="167"/>
        <source>&amp;Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="188"/>
        <source>Show &amp;Entities in the Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="196"/>
        <source>Entity &amp;Browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="207"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="302"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="333"/>
        <source>Opening the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/controller.py" line="230"/>
        <source>Recognising entities: %1 of %2 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="77"/>
        <source>Open &amp;Team Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="78"/>
        <source>Open a library a team shares on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="174"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="181"/>
        <source>Entity &amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../../reader/ui/hints.py" line="19"/>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="20"/>
        <source>unsupported file type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="21"/>
        <source>file is larger than %1 MB (%2 MB): too big for an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="22"/>
        <source>is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="23"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="24"/>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="25"/>
        <source>no text in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="26"/>
        <source>too long for an article: %1 characters of text (at most %2; split it into parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="30"/>
        <source>not a regular file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="31"/>
        <source>not text: looks like %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="32"/>
        <source>not text: starts as %1 text, then has bytes that are not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="33"/>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="34"/>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="35"/>
        <source>a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="36"/>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="37"/>
        <source>a ZIP archive (or a Word, OpenDocument or EPUB file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="38"/>
        <source>an old Word or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="39"/>
        <source>an RTF document (save it as plain text or HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="40"/>
        <source>a gzip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="41"/>
        <source>an xz archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="42"/>
        <source>a 7-Zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="43"/>
        <source>a RAR archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="44"/>
        <source>a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="45"/>
        <source>a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="46"/>
        <source>an MP3 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="47"/>
        <source>an Ogg audio or video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="48"/>
        <source>a binary file (it has NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="49"/>
        <source>a binary file (it has control characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="50"/>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="51"/>
        <source>a named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="52"/>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="53"/>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="54"/>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="55"/>
        <source>nothing to export: no annotations in this selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="56"/>
        <source>cannot make the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="57"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="58"/>
        <source>cannot write %1: nothing reads from this pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="59"/>
        <source>not a JSON-LD file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="60"/>
        <source>not a JSON-LD file: lists and objects nested more than %1 deep (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="64"/>
        <source>no W3C annotations in the file (no Annotation or AnnotationCollection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="68"/>
        <source>annotation %1 of the file cannot be imported: %2; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/network.py" line="188"/>
        <source>%1 and %2: %n article(s) in common</source>
        <translation>
            <numerusform>%1 and %2: %n article in common</numerusform>
            <numerusform>%1 and %2: %n articles in common</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/network.py" line="208"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/network.py" line="210"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/network.py" line="217"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="44"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="51"/>
        <source>Note (Markdown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="54"/>
        <source>Note (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="56"/>
        <source>Write a note (Markdown: **bold**, *italic*, - lists); Ctrl+Enter saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="63"/>
        <source>Preview of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="69"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="69"/>
        <source>Edit the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="71"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="72"/>
        <source>See the note as it will be shown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="149"/>
        <source>Discard the Note?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="150"/>
        <source>The note was changed. Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="192"/>
        <source>Export to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="198"/>
        <location filename="../../reader/ui/notes_export.py" line="262"/>
        <source>Export Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="224"/>
        <location filename="../../reader/ui/notes_export.py" line="255"/>
        <source>Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="226"/>
        <source>W3C annotations (*.jsonld *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="240"/>
        <source>Annotations Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="241"/>
        <source>%1 imported: %2 in place, %3 moved, %4 orphaned.
%5 already there, %6 without a matching article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersDialog</name>
    <message>
        <location filename="../../reader/ui/translation/offers.py" line="29"/>
        <source>Your Corrections from Other Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/offers.py" line="36"/>
        <source>You corrected these sentences in another article. Check the corrections to use here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/offers.py" line="64"/>
        <source>Use the Checked Corrections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PicturesController</name>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="162"/>
        <location filename="../../reader/ui/pictures/controller.py" line="314"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="163"/>
        <source>Entity Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="274"/>
        <source>The library shows these dates once you leave the search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="283"/>
        <source>Export the Entity Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="283"/>
        <source>Export the Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="284"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="284"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="285"/>
        <source>entity-map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="285"/>
        <source>timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="306"/>
        <source>Entity map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="325"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryHint</name>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="16"/>
        <source>this query cannot be understood: check its quotation marks, parentheses and AND / OR / NOT (for example: &quot;stock de puces&quot; OR Huawei -Nvidia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="21"/>
        <source>unknown field %1: — use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="22"/>
        <source>a quotation mark is not closed: a &quot;phrase&quot; needs one at each end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="25"/>
        <source>a &quot;)&quot; has no &quot;(&quot; before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="26"/>
        <source>a &quot;(&quot; is not closed by a &quot;)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="27"/>
        <source>%1 needs a word on each side (Huawei %1 Nvidia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="28"/>
        <source>NOT needs a word after it (Nvidia NOT Huawei)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="29"/>
        <source>&quot;%1&quot; goes right before a word, without a space (%1Huawei)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="30"/>
        <source>at most %1 typos are looked for (%2~%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="31"/>
        <source>%1: needs a word right after it, without a space (%1:Baidu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="32"/>
        <source>the query is long: only its first %1 characters are searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="33"/>
        <source>%1 starts with a wildcard: only the %2 most common words it matches are searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="37"/>
        <source>%1 only leaves articles out: add a word to search for (Huawei %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message numerus="yes">
        <location filename="../../reader/ui/article/render.py" line="216"/>
        <source>Page furniture: %n line(s) (sharing, related articles, ads)</source>
        <translation>
            <numerusform>Page furniture: %n line (sharing, related articles, ads)</numerusform>
            <numerusform>Page furniture: %n lines (sharing, related articles, ads)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingArea</name>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="111"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="150"/>
        <source>(online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="155"/>
        <source>Sends the article&apos;s paragraphs to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="161"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="190"/>
        <source>No system keyring: the API key is kept until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="281"/>
        <source>No translation of yours into %1 yet: Import… one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="287"/>
        <source>Not translated into %1 yet: press Translate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="317"/>
        <source>Sending the paragraphs to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="319"/>
        <source>Translating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="357"/>
        <source> through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="352"/>
        <source>%1 → %2 by %3%4; %5 of %6 paragraphs from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="424"/>
        <source>Edit the Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="443"/>
        <source>Import a Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="443"/>
        <source>Text (*.txt *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/translation/view.py" line="456"/>
        <source>%n paragraph(s) imported</source>
        <translation>
            <numerusform>%n paragraph imported</numerusform>
            <numerusform>%n paragraphs imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../reader/ui/safety.py" line="32"/>
        <source>The library file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/safety.py" line="33"/>
        <source>%1

The damaged file is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/safety.py" line="41"/>
        <source>There is no backup of it to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/safety.py" line="47"/>
        <source>The latest backup is from %1 (%2). Restoring it keeps the damaged file aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/safety.py" line="53"/>
        <source>Restore and Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/safety.py" line="55"/>
        <source>Restore the Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/safety.py" line="59"/>
        <source>Keep Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/safety.py" line="61"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader/ui/search/view.py" line="149"/>
        <source>Also search other languages and names</source>
        <extracomment>the name an entity chip shows for the canonical name the index keeps (the reader&apos;s naming language: reader.ui.entities.controller); the chip still searches by the canonical name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="152"/>
        <source>Search the query&apos;s words in the library&apos;s other languages too (chips → puces) and entities by their other names (Chine → China), from the dictionaries installed on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="157"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="231"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="281"/>
        <source>Rebuilding the search index (%1 of %2 articles)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="309"/>
        <source>No article matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="312"/>
        <source>%1 articles match; the best %2 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search/view.py" line="317"/>
        <source>%n article(s) match.</source>
        <translation>
            <numerusform>%n article matches.</numerusform>
            <numerusform>%n articles match.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="331"/>
        <source>No article has every word of “%1”; showing results for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="337"/>
        <source>Did you mean: %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search/view.py" line="343"/>
        <source>Only %n article(s) have all of: %1; those with most follow.</source>
        <translation>
            <numerusform>Only %n article has all of: %1; those with most follow.</numerusform>
            <numerusform>Only %n articles have all of: %1; those with most follow.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="350"/>
        <source>No article has all of: %1; showing those with most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="366"/>
        <source>Also searched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="382"/>
        <source>“%1” was searched as well as “%2”; click to search without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="387"/>
        <source>Also searched: %1, for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search/view.py" line="394"/>
        <source>%n more…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="395"/>
        <source>Show every word that was searched as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="413"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="414"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="415"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="427"/>
        <source>%1: show only %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionPopup</name>
    <message>
        <location filename="../../reader/ui/article/popup.py" line="59"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/popup.py" line="59"/>
        <source>Highlight with a note (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/popup.py" line="60"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/popup.py" line="60"/>
        <source>Highlight with tags (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/popup.py" line="72"/>
        <source>Highlight: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/popup.py" line="74"/>
        <source>Highlight: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryModel</name>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="37"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="37"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="37"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="80"/>
        <source>Published first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="37"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="64"/>
        <source>%1 — %2 paragraphs shared with the story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="142"/>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="144"/>
        <source>Group the articles that share passages into stories, earliest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="146"/>
        <source>No story yet: no two articles here share enough passages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestedTags</name>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="52"/>
        <source>Dismiss suggestion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="106"/>
        <location filename="../../reader/ui/suggestions.py" line="107"/>
        <source>Suggested tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="122"/>
        <source>Looking for suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="149"/>
        <source>No suggestions for this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="168"/>
        <source>Add the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="170"/>
        <source>Add your tag “%1” (the article says “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="174"/>
        <source>Add your tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="176"/>
        <source>Add the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="183"/>
        <source>Dismiss the suggestion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="186"/>
        <source>Do not suggest “%1” for this article again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="211"/>
        <source>Add tag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../reader/ui/annotations/tagdialog.py" line="42"/>
        <source>Tags, separated by commas; sub-tags with / (export-controls/US):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tagdialog.py" line="47"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="37"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="40"/>
        <source>Tags with their counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="42"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="42"/>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="42"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="49"/>
        <source>&amp;Rename or Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="50"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="100"/>
        <source>Rename tag %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="110"/>
        <source>Delete tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="123"/>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="124"/>
        <source>New name for %1 (an existing tag&apos;s name merges the two):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="136"/>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="139"/>
        <source>Remove the tag %1 from every passage and article? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamChanges</name>
    <message>
        <location filename="../../reader/ui/team_changes.py" line="53"/>
        <source>%1 shared a note on this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_changes.py" line="55"/>
        <source>%1 took a shared note off this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_changes.py" line="57"/>
        <source>%1 changed a shared note on this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_changes.py" line="64"/>
        <source>The team library does not answer: what is open stays readable, and notes you make are kept on this desktop until it answers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/team_changes.py" line="73"/>
        <source>The team library answers again; %n note(s) made meanwhile sent</source>
        <translation>
            <numerusform>The team library answers again; %n note made meanwhile sent</numerusform>
            <numerusform>The team library answers again; %n notes made meanwhile sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamLibraryDialog</name>
    <message>
        <location filename="../../reader/ui/team.py" line="42"/>
        <source>Open Team Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/team.py" line="48"/>
        <source>from ~/.pgpass or the keyring when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/team.py" line="49"/>
        <source>Keep the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/team.py" line="61"/>
        <source>A library shared by a team on a PostgreSQL server. It opens in a window of its own; your notes there are private unless you share them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/team.py" line="67"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/team.py" line="68"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/team.py" line="76"/>
        <source>Connecting to the team library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/team.py" line="106"/>
        <source>Opening the team library in a new window…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../reader/ui/pictures/chart.py" line="278"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/chart.py" line="280"/>
        <source>None of these articles has a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/chart.py" line="281"/>
        <source>No article to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/chart.py" line="340"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="112"/>
        <source>Stack by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="113"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="114"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="115"/>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="117"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="117"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="117"/>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="117"/>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="120"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="121"/>
        <source>Save the timeline as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="124"/>
        <source>PNG Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="124"/>
        <source>SVG Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="128"/>
        <source>Show Every Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="129"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="131"/>
        <source>Articles by date. Drag across it to show those dates in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="145"/>
        <source>Other languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="145"/>
        <source>Other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="148"/>
        <source>Unknown language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="148"/>
        <source>No source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="157"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/panels.py" line="161"/>
        <source>%n without a date (not shown)</source>
        <translation>
            <numerusform>%n without a date (not shown)</numerusform>
            <numerusform>%n without a date (not shown)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="171"/>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationBar</name>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="133"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="134"/>
        <source>Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="135"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="139"/>
        <source>Translation hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="140"/>
        <source>Translate into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="141"/>
        <source>Translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="142"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="143"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="145"/>
        <source>Import your own translation: one paragraph per block, blank lines between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="147"/>
        <source>Glossary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="149"/>
        <source>Your terms and names: how every translation and the word gloss write them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="151"/>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="152"/>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="153"/>
        <source>into</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationSettings</name>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="31"/>
        <source>Translation Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="36"/>
        <source>from your DeepL account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="38"/>
        <source>DeepL&apos;s own server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="42"/>
        <source>LibreTranslate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="44"/>
        <location filename="../../reader/ui/translation/settings.py" line="49"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="45"/>
        <location filename="../../reader/ui/translation/settings.py" line="48"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="46"/>
        <source>DeepL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="50"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="55"/>
        <source>API keys are kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="58"/>
        <source>There is no system keyring: API keys are kept until you quit. DEEPL_AUTH_KEY and LIBRETRANSLATE_API_KEY in the environment are read too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="64"/>
        <source>LibreTranslate and DeepL receive the paragraphs of the articles you translate with them, and nothing before you give their address or key. The command receives each paragraph on its standard input; {source} and {target} become the language codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="52"/>
        <source>Translation command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

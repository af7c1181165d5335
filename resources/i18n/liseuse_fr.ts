<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AidWords</name>
    <message>
        <location filename="../../reader/ui/translation/aids.py" line="33"/>
        <source>“%1” was left untranslated: click to look it up</source>
        <translation>« %1 » n’a pas été traduit : cliquez pour le chercher</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/aids.py" line="36"/>
        <source>You corrected this sentence elsewhere: “%1”</source>
        <translation>Vous avez corrigé cette phrase ailleurs : « %1 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/translation/aids.py" line="39"/>
        <source>%n sentence(s) you corrected in another article</source>
        <translation>
            <numerusform>%n phrase que vous avez corrigée dans un autre article</numerusform>
            <numerusform>%n phrases que vous avez corrigées dans un autre article</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlsoIn</name>
    <message>
        <location filename="../../reader/ui/also_in.py" line="96"/>
        <source>Finding shared passages: %1 of %2 articles</source>
        <translation>Recherche des passages partagés : %1 articles sur %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="197"/>
        <source>Copied the highlight to “%1”</source>
        <translation>Surlignage copié dans « %1 »</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="201"/>
        <source>Copied %1 highlights to “%2”</source>
        <translation>%1 surlignages copiés dans « %2 »</translation>
    </message>
    <message>
        <location filename="../../reader/ui/also_in.py" line="206"/>
        <source>(%1 left out: their words are not in that copy)</source>
        <translation>(%1 laissés de côté : leurs mots ne sont pas dans cette copie)</translation>
    </message>
</context>
<context>
    <name>AlsoInList</name>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="232"/>
        <source>Repeated in 1 other story</source>
        <translation>Repris dans 1 autre sujet</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="234"/>
        <source>Repeated in %1 other stories</source>
        <translation>Repris dans %1 autres sujets</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="238"/>
        <source>Also in 1 other article</source>
        <translation>Aussi dans 1 autre article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="240"/>
        <source>Also in %1 other articles</source>
        <translation>Aussi dans %1 autres articles</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="247"/>
        <source>Marked: the words each one wrote differently.</source>
        <translation>En couleur : les mots que chacun a écrits autrement.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="287"/>
        <source>Another story that repeats this passage</source>
        <translation>Un autre sujet qui reprend ce passage</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="298"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="303"/>
        <source>Copy my highlight here</source>
        <translation>Copier mon surlignage ici</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="305"/>
        <source>Copy my %1 highlights here</source>
        <translation>Copier mes %1 surlignages ici</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="309"/>
        <source>Put this paragraph&apos;s highlights, notes and tags on this copy</source>
        <translation>Reporter les surlignages, notes et étiquettes de ce paragraphe sur cette copie</translation>
    </message>
</context>
<context>
    <name>AlsoInMarks</name>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="80"/>
        <source>Repeated in one other story: click to compare</source>
        <translation>Repris dans un autre sujet : cliquer pour comparer</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="82"/>
        <source>Repeated in %1 other stories: click to compare</source>
        <translation>Repris dans %1 autres sujets : cliquer pour comparer</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="88"/>
        <source>Also in one other article: click to compare</source>
        <translation>Aussi dans un autre article : cliquez pour comparer</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="90"/>
        <source>Also in %1 other articles: click to compare</source>
        <translation>Aussi dans %1 autres articles : cliquez pour comparer</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="101"/>
        <source>repeated in 1 story</source>
        <translation>repris dans 1 sujet</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="102"/>
        <source>repeated in %1 stories</source>
        <translation>repris dans %1 sujets</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="104"/>
        <source>also in 1 article</source>
        <translation>aussi dans 1 article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/also_in.py" line="105"/>
        <source>also in %1 articles</source>
        <translation>aussi dans %1 articles</translation>
    </message>
</context>
<context>
    <name>AnnotationBrowser</name>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="41"/>
        <source>All Annotations</source>
        <translation>Toutes les annotations</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="44"/>
        <source>Filter by words of the passage, note or title</source>
        <translation>Filtrer par mots du passage, de la note ou du titre</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="47"/>
        <source>Filter annotations</source>
        <translation>Filtrer les annotations</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="49"/>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="51"/>
        <source>Filter by article</source>
        <translation>Filtrer par article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="53"/>
        <source>Filter by date</source>
        <translation>Filtrer par date</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="55"/>
        <source>Any time</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="56"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="57"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="58"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="62"/>
        <source>Filter by colour</source>
        <translation>Filtrer par couleur</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="63"/>
        <source>All colours</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="68"/>
        <source>Annotations of the library</source>
        <translation>Annotations de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="71"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="72"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="73"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="74"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="75"/>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="124"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/browser.py" line="130"/>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../reader/ui/annotations/controller.py" line="143"/>
        <source>Colour Meaning</source>
        <translation>Signification de la couleur</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/controller.py" line="144"/>
        <source>What does this colour mean to you?</source>
        <translation>Que signifie cette couleur pour vous ?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/controller.py" line="186"/>
        <source>Select the passage in the article first.</source>
        <translation>Sélectionnez d’abord le passage dans l’article.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/controller.py" line="242"/>
        <source>Tags of the Passage</source>
        <translation>Étiquettes du passage</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/controller.py" line="261"/>
        <source>Tags of the Article</source>
        <translation>Étiquettes de l’article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/controller.py" line="270"/>
        <source>Article tags</source>
        <translation>Étiquettes de l’article</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <location filename="../../reader/ui/annotations/commands.py" line="55"/>
        <source>Highlight</source>
        <translation>Surligner</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/commands.py" line="78"/>
        <source>Edit annotation</source>
        <translation>Modifier l’annotation</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/commands.py" line="95"/>
        <source>Remove highlight</source>
        <translation>Retirer le surlignage</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="104"/>
        <location filename="../../reader/ui/annotations/panel.py" line="220"/>
        <source>Click a colour to name what it means</source>
        <translation>Cliquez sur une couleur pour nommer ce qu’elle signifie</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="108"/>
        <location filename="../../reader/ui/annotations/panel.py" line="221"/>
        <source>Re-attach to the Selected Text</source>
        <translation>Rattacher au texte sélectionné</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="111"/>
        <location filename="../../reader/ui/annotations/panel.py" line="224"/>
        <source>Select the passage in the article, then attach the chosen lost annotation to it</source>
        <translation>Sélectionnez le passage dans l’article, puis rattachez-y l’annotation perdue choisie</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="168"/>
        <location filename="../../reader/ui/annotations/panel.py" line="227"/>
        <source>Note of the selected annotation (Markdown)</source>
        <translation>Note de l’annotation choisie (Markdown)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="169"/>
        <location filename="../../reader/ui/annotations/panel.py" line="228"/>
        <source>Write a note (Markdown); Ctrl+Enter saves</source>
        <translation>Écrivez une note (Markdown) ; Ctrl+Entrée enregistre</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="171"/>
        <location filename="../../reader/ui/annotations/panel.py" line="229"/>
        <source>Save Note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="339"/>
        <source>Remove Highlight</source>
        <translation>Retirer le surlignage</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="117"/>
        <location filename="../../reader/ui/annotations/panel.py" line="239"/>
        <source>Show annotations of</source>
        <translation>Afficher les annotations de</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="120"/>
        <location filename="../../reader/ui/annotations/panel.py" line="240"/>
        <source>Annotations of this article</source>
        <translation>Annotations de cet article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="126"/>
        <location filename="../../reader/ui/annotations/panel.py" line="243"/>
        <source>Select text, then press H to highlight, 1–9 for a colour, N for a note, T for tags; Del removes; [ and ] move between highlights.</source>
        <translation>Sélectionnez du texte, puis H pour surligner, 1–9 pour une couleur, N pour une note, T pour des étiquettes ; Suppr retire ; [ et ] passent d’un surlignage à l’autre.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="253"/>
        <location filename="../../reader/ui/annotations/panel.py" line="378"/>
        <source>All colours and tags</source>
        <translation>Toutes les couleurs et étiquettes</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="268"/>
        <source>Not found in the current text: %1</source>
        <translation>Introuvable dans le texte actuel : %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="174"/>
        <location filename="../../reader/ui/annotations/panel.py" line="237"/>
        <source>Note Editor…</source>
        <translation>Éditeur de note…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="175"/>
        <location filename="../../reader/ui/annotations/panel.py" line="238"/>
        <source>Write the note in a larger editor, with a preview</source>
        <translation>Écrire la note dans un éditeur plus grand, avec un aperçu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="270"/>
        <source>%1, shared</source>
        <translation>%1, partagée</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="270"/>
        <source>%1, private</source>
        <translation>%1, privée</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="178"/>
        <location filename="../../reader/ui/annotations/panel.py" line="233"/>
        <source>Shared with the team</source>
        <translation>Partagée avec l’équipe</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="181"/>
        <location filename="../../reader/ui/annotations/panel.py" line="235"/>
        <source>Checked, your teammates see this note; else it is yours alone</source>
        <translation>Cochée, vos coéquipiers voient cette note ; sinon, elle n’est qu’à vous</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/panel.py" line="273"/>
        <source>Your version, kept beside a change made meanwhile: %1</source>
        <translation>Votre version, gardée à côté d’une modification faite entre-temps : %1</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../reader/ui/article/view.py" line="120"/>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="122"/>
        <source>Choose an article in the library, or search with Ctrl+K.</source>
        <translation>Choisissez un article dans la bibliothèque, ou cherchez avec Ctrl+K.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/article/view.py" line="131"/>
        <location filename="../../reader/ui/article/view.py" line="464"/>
        <source>%n search hit(s)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="126"/>
        <location filename="../../reader/ui/article/view.py" line="497"/>
        <source>Search hit %1 of %2</source>
        <translation>Occurrence %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="553"/>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="556"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Caption</name>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/panels.py" line="180"/>
        <source>%n article(s) found by “%1”</source>
        <translation>
            <numerusform>%n article trouvé par « %1 »</numerusform>
            <numerusform>%n articles trouvés par « %1 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/panels.py" line="183"/>
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>%n article dans la bibliothèque</numerusform>
            <numerusform>%n articles dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/panels.py" line="185"/>
        <source>%n article(s) of these dates</source>
        <translation>
            <numerusform>%n article de ces dates</numerusform>
            <numerusform>%n articles de ces dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/panels.py" line="186"/>
        <source>%n article(s) shown in the library</source>
        <translation>
            <numerusform>%n article affiché dans la bibliothèque</numerusform>
            <numerusform>%n articles affichés dans la bibliothèque</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colors</name>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="16"/>
        <source>Key fact</source>
        <translation>Fait clé</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="17"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="18"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="19"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="20"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="21"/>
        <source>Follow up</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="22"/>
        <source>Claim to verify</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="23"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/colors.py" line="24"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>DateFilter</name>
    <message>
        <location filename="../../reader/ui/pictures/datefilter.py" line="61"/>
        <location filename="../../reader/ui/pictures/datefilter.py" line="62"/>
        <source>Show every date</source>
        <translation>Afficher toutes les dates</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/datefilter.py" line="65"/>
        <source>Published: %1</source>
        <translation>Publiés : %1</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../reader/ui/details.py" line="74"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="75"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="77"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="82"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="83"/>
        <source>%1 words · %2 paragraphs · about %3 min</source>
        <translation>%1 mots · %2 paragraphes · environ %3 min</translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="88"/>
        <source>Page furniture</source>
        <translation>Habillage de page</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/details.py" line="88"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="89"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="90"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="91"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="92"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
</context>
<context>
    <name>EntitiesPanel</name>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="131"/>
        <source>&amp;Names:</source>
        <translation>&amp;Noms :</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="132"/>
        <source>Language of entity names</source>
        <translation>Langue des noms d’entités</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="135"/>
        <source>The name each entity is listed by; its other names (China, Chine) still find it in search</source>
        <translation>Le nom sous lequel chaque entité est listée ; ses autres noms (China, Chine) la trouvent toujours dans la recherche</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="140"/>
        <source>In the interface&apos;s language</source>
        <translation>Dans la langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="141"/>
        <source>In each article&apos;s language</source>
        <translation>Dans la langue de chaque article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="128"/>
        <location filename="../../reader/ui/entities/panel.py" line="129"/>
        <source>Show entities in the text</source>
        <translation>Afficher les entités dans le texte</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="130"/>
        <source>Entities of this article</source>
        <translation>Entités de cet article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="147"/>
        <source>Click a name to go through its mentions; double-click to find every article that mentions it.</source>
        <translation>Cliquez sur un nom pour parcourir ses mentions ; double-cliquez pour trouver tous les articles qui le mentionnent.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="164"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="165"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="166"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="167"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="168"/>
        <source>Money</source>
        <translation>Montants</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="169"/>
        <source>Percentages</source>
        <translation>Pourcentages</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="170"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="171"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="219"/>
        <source>Recognising entities…</source>
        <translation>Reconnaissance des entités…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="221"/>
        <source>No entity found in this article.</source>
        <translation>Aucune entité trouvée dans cet article.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="247"/>
        <source>%1 — click for the next mention</source>
        <translation>%1 — cliquez pour la mention suivante</translation>
    </message>
</context>
<context>
    <name>EntityBrowser</name>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="76"/>
        <source>Entity Browser</source>
        <translation>Navigateur d’entités</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="79"/>
        <source>Entity type</source>
        <translation>Type d’entité</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="80"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="85"/>
        <source>Filter names</source>
        <translation>Filtrer les noms</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="87"/>
        <source>Filter entity names</source>
        <translation>Filtrer les noms d’entités</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="135"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="135"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="135"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="135"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="144"/>
        <source>Entities of the library</source>
        <translation>Entités de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="92"/>
        <source>Articles that mention the entity</source>
        <translation>Articles qui mentionnent l’entité</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="96"/>
        <source>Entities found in the same articles</source>
        <translation>Entités trouvées dans les mêmes articles</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="110"/>
        <source>Articles (double-click to open)</source>
        <translation>Articles (double-clic pour ouvrir)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="112"/>
        <source>Found most often with it</source>
        <translation>Le plus souvent trouvées avec elle</translation>
    </message>
</context>
<context>
    <name>EntityMapPanel</name>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="223"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="224"/>
        <source>Save the entity map as an image</source>
        <translation>Enregistrer la carte des entités en image</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="227"/>
        <source>PNG Image…</source>
        <translation>Image PNG…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="227"/>
        <source>SVG Drawing…</source>
        <translation>Dessin SVG…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="231"/>
        <source>Entity map</source>
        <translation>Carte des entités</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="233"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="234"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="235"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="236"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="237"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="244"/>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="248"/>
        <source>no entity recognised in them yet</source>
        <translation>aucune entité n’y est encore reconnue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/panels.py" line="251"/>
        <source>the %1 most widespread of %n entities</source>
        <translation>
            <numerusform>les %1 plus répandues de %n entité</numerusform>
            <numerusform>les %1 plus répandues de %n entités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="255"/>
        <source>click one to search for it</source>
        <translation>cliquez sur l’une pour la chercher</translation>
    </message>
</context>
<context>
    <name>EntityOverlay</name>
    <message numerus="yes">
        <location filename="../../reader/ui/article/overlay.py" line="64"/>
        <source>%n mention(s) in this article</source>
        <translation>
            <numerusform>%n mention dans cet article</numerusform>
            <numerusform>%n mentions dans cet article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/article/overlay.py" line="67"/>
        <source>In %n article(s) of the library</source>
        <translation>
            <numerusform>Dans %n article de la bibliothèque</numerusform>
            <numerusform>Dans %n articles de la bibliothèque</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="127"/>
        <source>Also written: %1</source>
        <translation>Aussi écrit : %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="83"/>
        <source>found by %1</source>
        <translation>trouvé par %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="74"/>
        <source>the list of known names</source>
        <translation>la liste des noms connus</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="76"/>
        <source>the rules</source>
        <translation>les règles</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="77"/>
        <source>patterns</source>
        <translation>des motifs</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="78"/>
        <source>capitalised words</source>
        <translation>les mots à majuscule</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="79"/>
        <source>cues in the text</source>
        <translation>des indices du texte</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="80"/>
        <source>your correction</source>
        <translation>votre correction</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="149"/>
        <source>Mark as Entity</source>
        <translation>Marquer comme entité</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="166"/>
        <source>Not an Entity in This Article</source>
        <translation>Pas une entité dans cet article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="174"/>
        <source>Not an Entity Anywhere</source>
        <translation>Pas une entité, nulle part</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="179"/>
        <source>Change Type</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="193"/>
        <source>Same Entity As</source>
        <translation>Même entité que</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="212"/>
        <source>Highlight</source>
        <translation>Surligner</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="221"/>
        <source>Add a Note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="223"/>
        <source>Tags…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="246"/>
        <source>Look Up “%1”</source>
        <translation>Chercher « %1 » dans le dictionnaire</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="251"/>
        <source>Add to Glossary…</source>
        <translation>Ajouter au glossaire…</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="115"/>
        <source>Glossary Entry</source>
        <translation>Entrée du glossaire</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="115"/>
        <source>Add to Glossary</source>
        <translation>Ajouter au glossaire</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="118"/>
        <source>how your translations write it</source>
        <translation>comment vos traductions l’écrivent</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="119"/>
        <source>A name: leave it as written</source>
        <translation>Un nom : le laisser tel quel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="122"/>
        <source>why, where it comes from (optional)</source>
        <translation>pourquoi, d’où il vient (facultatif)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="126"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="127"/>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="128"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="130"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../reader/ui/errors.py" line="43"/>
        <source>Something went wrong inside the app.</source>
        <translation>Un problème est survenu dans l’application.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/errors.py" line="47"/>
        <source>Your library is safe. Please report this with the details below (Show Details…, or Copy details).</source>
        <translation>Votre bibliothèque est intacte. Merci de signaler ce problème avec les détails ci-dessous (Afficher les détails…, ou Copier les détails).</translation>
    </message>
    <message>
        <location filename="../../reader/ui/errors.py" line="55"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="38"/>
        <source>Markdown (Obsidian)</source>
        <translation>Markdown (Obsidian)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="39"/>
        <source>HTML page</source>
        <translation>Page HTML</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="41"/>
        <source>CSV (Readwise)</source>
        <translation>CSV (Readwise)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="44"/>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="47"/>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="61"/>
        <source>Export Notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="65"/>
        <source>Which notes</source>
        <translation>Quelles notes</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="69"/>
        <source>This article: %1</source>
        <translation>Cet article : %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="71"/>
        <source>This article</source>
        <translation>Cet article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="74"/>
        <source>Tagged</source>
        <translation>Étiquetées</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="89"/>
        <source>Articles found by “%1”</source>
        <translation>Articles trouvés par « %1 »</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="91"/>
        <source>Articles found by the search</source>
        <translation>Articles trouvés par la recherche</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="94"/>
        <source>The whole library</source>
        <translation>Toute la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="100"/>
        <source>Include the full text, highlighted</source>
        <translation>Inclure le texte intégral, surligné</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="101"/>
        <source>Include the named entities</source>
        <translation>Inclure les entités nommées</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="103"/>
        <source>One file per article</source>
        <translation>Un fichier par article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="107"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="111"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/notes_export.py" line="139"/>
        <source>%n annotation(s) exported to %1</source>
        <translation>
            <numerusform>%n annotation exportée vers %1</numerusform>
            <numerusform>%n annotations exportées vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="66"/>
        <location filename="../../reader/ui/article/bars.py" line="67"/>
        <source>Find in article</source>
        <translation>Chercher dans l’article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="68"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="68"/>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="69"/>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="69"/>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="70"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="70"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
</context>
<context>
    <name>GlossController</name>
    <message>
        <location filename="../../reader/ui/translation/gloss.py" line="30"/>
        <source>Add to glossary…</source>
        <translation>Ajouter au glossaire…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/gloss.py" line="32"/>
        <source>(your glossary)</source>
        <translation>(votre glossaire)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/gloss.py" line="33"/>
        <source>(FreeDict)</source>
        <translation>(FreeDict)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/gloss.py" line="35"/>
        <source>“%1” is not in the dictionary.</source>
        <translation>« %1 » n’est pas dans le dictionnaire.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/gloss.py" line="127"/>
        <source>Looking up “%1”…</source>
        <translation>Recherche de « %1 »…</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="100"/>
        <source>Add to glossary</source>
        <translation>Ajout au glossaire</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="102"/>
        <source>Remove from glossary</source>
        <translation>Retrait du glossaire</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="104"/>
        <source>Edit glossary</source>
        <translation>Modification du glossaire</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="388"/>
        <source>Import glossary</source>
        <translation>Import du glossaire</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="208"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="216"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="218"/>
        <source>into</source>
        <translation>vers</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="224"/>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="224"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="224"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="224"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="232"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="233"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="234"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="235"/>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="236"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="245"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="247"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="312"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/translation/glossary.py" line="322"/>
        <source>%n entries from %1 into %2</source>
        <translation>
            <numerusform>%n entrée du %1 vers le %2</numerusform>
            <numerusform>%n entrées du %1 vers le %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="326"/>
        <source>Choose two different languages.</source>
        <translation>Choisissez deux langues différentes.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="366"/>
        <source>Import a Glossary</source>
        <translation>Importer un glossaire</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="368"/>
        <source>CSV (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/translation/glossary.py" line="390"/>
        <source>%n entries imported</source>
        <translation>
            <numerusform>%n entrée importée</numerusform>
            <numerusform>%n entrées importées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="396"/>
        <source>Export the Glossary</source>
        <translation>Exporter le glossaire</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/glossary.py" line="396"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/translation/glossary.py" line="411"/>
        <source>%n entries written to %1</source>
        <translation>
            <numerusform>%n entrée écrite dans %1</numerusform>
            <numerusform>%n entrées écrites dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../reader/ui/keymap.py" line="135"/>
        <source>Search the library</source>
        <translation>Chercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="211"/>
        <source>Next search hit</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="216"/>
        <source>Previous search hit</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="228"/>
        <source>Leave the search, or close the find bar</source>
        <translation>Quitter la recherche, ou fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="128"/>
        <source>Find in the article</source>
        <translation>Chercher dans l’article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="222"/>
        <source>Next / previous match</source>
        <translation>Résultat suivant / précédent</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="205"/>
        <source>Go to the library</source>
        <translation>Aller à la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="51"/>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="59"/>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="67"/>
        <source>Export highlights and notes</source>
        <translation>Exporter les surlignages et les notes</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="97"/>
        <source>Tags of the whole article</source>
        <translation>Étiquettes de tout l’article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="105"/>
        <source>Every annotation of the library</source>
        <translation>Toutes les annotations de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="155"/>
        <source>Show or hide the details panel</source>
        <translation>Afficher ou masquer le panneau Détails</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="169"/>
        <source>Show or hide the entities panel</source>
        <translation>Afficher ou masquer le panneau Entités</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="190"/>
        <source>Show or hide all entities in the text</source>
        <translation>Afficher ou masquer toutes les entités dans le texte</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="198"/>
        <source>Open the entity browser</source>
        <translation>Ouvrir le navigateur d’entités</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="234"/>
        <source>Previous / next page</source>
        <translation>Page précédente / suivante</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="240"/>
        <source>Start / end of the article</source>
        <translation>Début / fin de l’article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="246"/>
        <source>Highlight the selection</source>
        <translation>Surligner la sélection</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="252"/>
        <source>Highlight the selection in colour 1 to 9</source>
        <translation>Surligner la sélection dans la couleur 1 à 9</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="277"/>
        <source>Save the note being edited in the Annotations panel</source>
        <translation>Enregistrer la note en cours dans le panneau Annotations</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="320"/>
        <source>In the article</source>
        <translation>Dans l’article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="259"/>
        <source>Note / tags for the selection or highlight</source>
        <translation>Note / étiquettes de la sélection ou du surlignage</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="265"/>
        <source>Remove the highlight under the cursor</source>
        <translation>Retirer le surlignage sous le curseur</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="271"/>
        <source>Previous / next highlight</source>
        <translation>Surlignage précédent / suivant</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="162"/>
        <source>Show or hide the annotations panel</source>
        <translation>Afficher ou masquer le panneau Annotations</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="121"/>
        <source>Copy the selected text</source>
        <translation>Copier le texte sélectionné</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="86"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="32"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="85"/>
        <source>A reader for news corpora: search, read, annotate.</source>
        <translation>Un lecteur de corpus de presse : chercher, lire, annoter.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="86"/>
        <source>Library:</source>
        <translation>Bibliothèque :</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="95"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="176"/>
        <source>Show or hide the timeline of the articles</source>
        <translation>Afficher ou masquer la frise chronologique des articles</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="183"/>
        <source>Show or hide the map of the entities</source>
        <translation>Afficher ou masquer la carte des entités</translation>
    </message>
</context>
<context>
    <name>HitBar</name>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="94"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="94"/>
        <source>Previous hit</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="95"/>
        <source>Next hit (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="95"/>
        <source>Next hit</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/bars.py" line="96"/>
        <source>Clear the hits</source>
        <translation>Effacer les occurrences</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../reader/ui/importer.py" line="51"/>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="52"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="53"/>
        <source>Cancel the import</source>
        <translation>Annuler l’import</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../reader/ui/importer.py" line="83"/>
        <source>Import Articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="85"/>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Articles (*.txt *.md *.markdown *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="92"/>
        <source>Import a Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="111"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="129"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="141"/>
        <source>Importing %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="160"/>
        <source>%1 imported, %2 updated, %3 unchanged, %4 failed.</source>
        <translation>%1 importés, %2 mis à jour, %3 inchangés, %4 en échec.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="170"/>
        <source>Annotations of the updated articles: %1 in place, %2 moved, %3 not found (kept and listed in the Annotations panel).</source>
        <translation>Annotations des articles mis à jour : %1 en place, %2 déplacées, %3 introuvables (conservées et listées dans le panneau Annotations).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/importer.py" line="180"/>
        <source>%n file(s) of other kinds left out: only text, Markdown and HTML files are imported.</source>
        <translation>
            <numerusform>%n fichier d’un autre type laissé de côté : seuls les fichiers texte, Markdown et HTML sont importés.</numerusform>
            <numerusform>%n fichiers d’autres types laissés de côté : seuls les fichiers texte, Markdown et HTML sont importés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="188"/>
        <source>The import was cancelled; the files imported so far were kept.</source>
        <translation>L’import a été annulé ; les fichiers déjà importés ont été conservés.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="192"/>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="199"/>
        <source>%1: left out (not a text, Markdown or HTML file)</source>
        <translation>%1 : laissé de côté (ni texte, ni Markdown, ni HTML)</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../reader/ui/library/model.py" line="44"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/model.py" line="45"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/model.py" line="46"/>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/model.py" line="47"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/model.py" line="48"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../reader/ui/library/view.py" line="179"/>
        <source>Filter by title or source</source>
        <translation>Filtrer par titre ou source</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="180"/>
        <source>Filter the library</source>
        <translation>Filtrer la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="181"/>
        <source>Filter by source</source>
        <translation>Filtrer par source</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="182"/>
        <source>Filter by language</source>
        <translation>Filtrer par langue</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="183"/>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="184"/>
        <source>Articles</source>
        <translation>Articles</translation>
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
        <translation>%1 articles sur %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="195"/>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="196"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="197"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../reader/ui/links.py" line="79"/>
        <source>Not a Liseuse link: %1</source>
        <translation>Ce n’est pas un lien Liseuse : %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/search/field.py" line="56"/>
        <source>Search the library</source>
        <translation>Chercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="299"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="300"/>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="301"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/field.py" line="51"/>
        <source>Search  (Ctrl+K)   e.g.  Huawei   &quot;stock de puces&quot;   source:register</source>
        <translation>Rechercher  (Ctrl+K)   ex.  Huawei   &quot;stock de puces&quot;   source:register</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="49"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="52"/>
        <source>Import .txt, .md or .html files</source>
        <translation>Importer des fichiers .txt, .md ou .html</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="57"/>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="60"/>
        <source>Import every article in a folder</source>
        <translation>Importer tous les articles d’un dossier</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="65"/>
        <source>&amp;Export Notes…</source>
        <translation>&amp;Exporter les notes…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="68"/>
        <source>Export highlights and notes: Markdown, HTML, PDF, CSV, JSON-LD, text</source>
        <translation>Exporter surlignages et notes : Markdown, HTML, PDF, CSV, JSON-LD, texte</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="73"/>
        <source>Import &amp;Annotations…</source>
        <translation>Importer des &amp;annotations…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="126"/>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Chercher dans l’article…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="133"/>
        <source>&amp;Search Library</source>
        <translation>&amp;Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="203"/>
        <source>Go to &amp;Library</source>
        <translation>Aller à la &amp;bibliothèque</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="119"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="138"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="139"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="140"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille normale</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="208"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="209"/>
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="24"/>
        <source>Follow &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="25"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="26"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="45"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="89"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="90"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="91"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="95"/>
        <source>&amp;Article Tags…</source>
        <translation>Étiquettes de l’&amp;article…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="103"/>
        <source>All A&amp;nnotations…</source>
        <translation>Toutes les a&amp;nnotations…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="108"/>
        <source>Manage &amp;Tags…</source>
        <translation>Gérer les é&amp;tiquettes…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="113"/>
        <source>Translation &amp;Settings…</source>
        <translation>Ré&amp;glages de traduction…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="137"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="144"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="148"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="28"/>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="149"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="153"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="160"/>
        <source>&amp;Annotations</source>
        <translation>&amp;Annotations</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="167"/>
        <source>&amp;Entities</source>
        <translation>&amp;Entités</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="188"/>
        <source>Show &amp;Entities in the Text</source>
        <translation>Afficher les &amp;entités dans le texte</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="196"/>
        <source>Entity &amp;Browser…</source>
        <translation>&amp;Navigateur d’entités…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="207"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="302"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="333"/>
        <source>Opening the library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/entities/controller.py" line="230"/>
        <source>Recognising entities: %1 of %2 articles</source>
        <translation>Reconnaissance des entités : %1 articles sur %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="77"/>
        <source>Open &amp;Team Library…</source>
        <translation>Ouvrir une bibliothèque d’é&amp;quipe…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="78"/>
        <source>Open a library a team shares on a server</source>
        <translation>Ouvrir une bibliothèque qu’une équipe partage sur un serveur</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="174"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Frise chronologique</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keymap.py" line="181"/>
        <source>Entity &amp;Map</source>
        <translation>&amp;Carte des entités</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../../reader/ui/hints.py" line="19"/>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="20"/>
        <source>unsupported file type %1</source>
        <translation>type de fichier non pris en charge : %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="21"/>
        <source>file is larger than %1 MB (%2 MB): too big for an article</source>
        <translation>le fichier dépasse %1 Mo (%2 Mo) : trop gros pour un article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="22"/>
        <source>is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="23"/>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="24"/>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="25"/>
        <source>no text in this file</source>
        <translation>aucun texte dans ce fichier</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="26"/>
        <source>too long for an article: %1 characters of text (at most %2; split it into parts)</source>
        <translation>trop long pour un article : %1 caractères de texte (au plus %2 ; découpez-le en parties)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="30"/>
        <source>not a regular file: %1</source>
        <translation>pas un fichier ordinaire : %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="31"/>
        <source>not text: looks like %1</source>
        <translation>pas du texte : on dirait %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="32"/>
        <source>not text: starts as %1 text, then has bytes that are not %1</source>
        <translation>pas du texte : commence en texte %1, puis contient des octets qui ne sont pas du %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="33"/>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="34"/>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="35"/>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="36"/>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="37"/>
        <source>a ZIP archive (or a Word, OpenDocument or EPUB file)</source>
        <translation>une archive ZIP (ou un fichier Word, OpenDocument ou EPUB)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="38"/>
        <source>an old Word or Excel file</source>
        <translation>un ancien fichier Word ou Excel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="39"/>
        <source>an RTF document (save it as plain text or HTML)</source>
        <translation>un document RTF (enregistrez-le en texte brut ou en HTML)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="40"/>
        <source>a gzip archive</source>
        <translation>une archive gzip</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="41"/>
        <source>an xz archive</source>
        <translation>une archive xz</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="42"/>
        <source>a 7-Zip archive</source>
        <translation>une archive 7-Zip</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="43"/>
        <source>a RAR archive</source>
        <translation>une archive RAR</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="44"/>
        <source>a program</source>
        <translation>un programme</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="45"/>
        <source>a SQLite database</source>
        <translation>une base de données SQLite</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="46"/>
        <source>an MP3 file</source>
        <translation>un fichier MP3</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="47"/>
        <source>an Ogg audio or video file</source>
        <translation>un fichier audio ou vidéo Ogg</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="48"/>
        <source>a binary file (it has NUL bytes)</source>
        <translation>un fichier binaire (il contient des octets NUL)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="49"/>
        <source>a binary file (it has control characters)</source>
        <translation>un fichier binaire (il contient des caractères de contrôle)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="50"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="51"/>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="52"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="53"/>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="54"/>
        <source>not a file</source>
        <translation>pas un fichier</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="55"/>
        <source>nothing to export: no annotations in this selection</source>
        <translation>rien à exporter : aucune annotation dans cette sélection</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="56"/>
        <source>cannot make the folder %1: %2</source>
        <translation>impossible de créer le dossier %1 : %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="57"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="58"/>
        <source>cannot write %1: nothing reads from this pipe</source>
        <translation>impossible d’écrire %1 : rien ne lit ce tube</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="59"/>
        <source>not a JSON-LD file: %1</source>
        <translation>pas un fichier JSON-LD : %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="60"/>
        <source>not a JSON-LD file: lists and objects nested more than %1 deep (%2)</source>
        <translation>pas un fichier JSON-LD : listes et objets imbriqués sur plus de %1 niveaux (%2)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="64"/>
        <source>no W3C annotations in the file (no Annotation or AnnotationCollection)</source>
        <translation>aucune annotation W3C dans le fichier (ni Annotation ni AnnotationCollection)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/hints.py" line="68"/>
        <source>annotation %1 of the file cannot be imported: %2; nothing was imported</source>
        <translation>l’annotation %1 du fichier ne peut pas être importée : %2 ; rien n’a été importé</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/network.py" line="188"/>
        <source>%1 and %2: %n article(s) in common</source>
        <translation>
            <numerusform>%1 et %2 : %n article en commun</numerusform>
            <numerusform>%1 et %2 : %n articles en commun</numerusform>
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
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="44"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="51"/>
        <source>Note (Markdown):</source>
        <translation>Note (Markdown) :</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="54"/>
        <source>Note (Markdown)</source>
        <translation>Note (Markdown)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="56"/>
        <source>Write a note (Markdown: **bold**, *italic*, - lists); Ctrl+Enter saves</source>
        <translation>Écrivez une note (Markdown : **gras**, *italique*, - listes) ; Ctrl+Entrée enregistre</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="63"/>
        <source>Preview of the note</source>
        <translation>Aperçu de la note</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="69"/>
        <source>Edit</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="69"/>
        <source>Edit the note</source>
        <translation>Écrire la note</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="71"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="72"/>
        <source>See the note as it will be shown (%1)</source>
        <translation>Voir la note telle qu’elle sera affichée (%1)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="149"/>
        <source>Discard the Note?</source>
        <translation>Abandonner la note ?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/notedialog.py" line="150"/>
        <source>The note was changed. Discard what you typed?</source>
        <translation>La note a été modifiée. Abandonner ce que vous avez tapé ?</translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="192"/>
        <source>Export to Folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="198"/>
        <location filename="../../reader/ui/notes_export.py" line="262"/>
        <source>Export Notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="224"/>
        <location filename="../../reader/ui/notes_export.py" line="255"/>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="226"/>
        <source>W3C annotations (*.jsonld *.json);;All files (*)</source>
        <translation>Annotations W3C (*.jsonld *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="240"/>
        <source>Annotations Imported</source>
        <translation>Annotations importées</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export.py" line="241"/>
        <source>%1 imported: %2 in place, %3 moved, %4 orphaned.
%5 already there, %6 without a matching article.</source>
        <translation>%1 importée(s) : %2 en place, %3 déplacée(s), %4 orpheline(s).
%5 déjà présente(s), %6 sans article correspondant.</translation>
    </message>
</context>
<context>
    <name>OffersDialog</name>
    <message>
        <location filename="../../reader/ui/translation/offers.py" line="29"/>
        <source>Your Corrections from Other Articles</source>
        <translation>Vos corrections venues d’autres articles</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/offers.py" line="36"/>
        <source>You corrected these sentences in another article. Check the corrections to use here too.</source>
        <translation>Vous avez corrigé ces phrases dans un autre article. Cochez les corrections à reprendre ici aussi.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/offers.py" line="64"/>
        <source>Use the Checked Corrections</source>
        <translation>Reprendre les corrections cochées</translation>
    </message>
</context>
<context>
    <name>PicturesController</name>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="162"/>
        <location filename="../../reader/ui/pictures/controller.py" line="314"/>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="163"/>
        <source>Entity Map</source>
        <translation>Carte des entités</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="274"/>
        <source>The library shows these dates once you leave the search (Esc)</source>
        <translation>La bibliothèque montre ces dates une fois la recherche quittée (Échap)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="283"/>
        <source>Export the Entity Map</source>
        <translation>Exporter la carte des entités</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="283"/>
        <source>Export the Timeline</source>
        <translation>Exporter la frise chronologique</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="284"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="284"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="285"/>
        <source>entity-map</source>
        <translation>carte-des-entites</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="285"/>
        <source>timeline</source>
        <translation>frise</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="306"/>
        <source>Entity map</source>
        <translation>Carte des entités</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/controller.py" line="325"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>QueryHint</name>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="16"/>
        <source>this query cannot be understood: check its quotation marks, parentheses and AND / OR / NOT (for example: &quot;stock de puces&quot; OR Huawei -Nvidia)</source>
        <translation>cette recherche n’est pas comprise : vérifiez ses guillemets, ses parenthèses et les AND / OR / NOT (par exemple : &quot;stock de puces&quot; OR Huawei -Nvidia)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="21"/>
        <source>unknown field %1: — use one of %2</source>
        <translation>champ inconnu %1: — utilisez l’un de %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="22"/>
        <source>a quotation mark is not closed: a &quot;phrase&quot; needs one at each end</source>
        <translation>un guillemet n’est pas refermé : une &quot;expression&quot; en demande un à chaque bout</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="25"/>
        <source>a &quot;)&quot; has no &quot;(&quot; before it</source>
        <translation>une &quot;)&quot; n’a pas de &quot;(&quot; avant elle</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="26"/>
        <source>a &quot;(&quot; is not closed by a &quot;)&quot;</source>
        <translation>une &quot;(&quot; n’est pas refermée par une &quot;)&quot;</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="27"/>
        <source>%1 needs a word on each side (Huawei %1 Nvidia)</source>
        <translation>%1 demande un mot de chaque côté (Huawei %1 Nvidia)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="28"/>
        <source>NOT needs a word after it (Nvidia NOT Huawei)</source>
        <translation>NOT demande un mot après lui (Nvidia NOT Huawei)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="29"/>
        <source>&quot;%1&quot; goes right before a word, without a space (%1Huawei)</source>
        <translation>&quot;%1&quot; se met juste avant un mot, sans espace (%1Huawei)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="30"/>
        <source>at most %1 typos are looked for (%2~%1)</source>
        <translation>au plus %1 fautes de frappe sont cherchées (%2~%1)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="31"/>
        <source>%1: needs a word right after it, without a space (%1:Baidu)</source>
        <translation>%1: demande un mot juste après, sans espace (%1:Baidu)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="32"/>
        <source>the query is long: only its first %1 characters are searched</source>
        <translation>la recherche est longue : seuls ses %1 premiers caractères sont cherchés</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="33"/>
        <source>%1 starts with a wildcard: only the %2 most common words it matches are searched</source>
        <translation>%1 commence par un joker : seuls les %2 mots les plus courants qui y correspondent sont cherchés</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/hints.py" line="37"/>
        <source>%1 only leaves articles out: add a word to search for (Huawei %1)</source>
        <translation>%1 ne fait qu’écarter des articles : ajoutez un mot à chercher (Huawei %1)</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message numerus="yes">
        <location filename="../../reader/ui/article/render.py" line="216"/>
        <source>Page furniture: %n line(s) (sharing, related articles, ads)</source>
        <translation>
            <numerusform>Habillage de la page : %n ligne (partage, articles liés, publicités)</numerusform>
            <numerusform>Habillage de la page : %n lignes (partage, articles liés, publicités)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingArea</name>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="111"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="150"/>
        <source>(online)</source>
        <translation>(en ligne)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="155"/>
        <source>Sends the article&apos;s paragraphs to %1</source>
        <translation>Envoie les paragraphes de l’article à %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="161"/>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="190"/>
        <source>No system keyring: the API key is kept until you quit.</source>
        <translation>Pas de trousseau système : la clé d’API est gardée jusqu’à ce que vous quittiez.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="281"/>
        <source>No translation of yours into %1 yet: Import… one.</source>
        <translation>Aucune traduction à vous en %1 pour l’instant : importez-en une (Importer…).</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="287"/>
        <source>Not translated into %1 yet: press Translate.</source>
        <translation>Pas encore traduit en %1 : appuyez sur Traduire.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="317"/>
        <source>Sending the paragraphs to %1…</source>
        <translation>Envoi des paragraphes à %1…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="319"/>
        <source>Translating…</source>
        <translation>Traduction…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="357"/>
        <source> through %1</source>
        <translation> via %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="352"/>
        <source>%1 → %2 by %3%4; %5 of %6 paragraphs from the cache</source>
        <translation>%1 → %2 par %3%4 ; %5 paragraphes sur %6 venus du cache</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="424"/>
        <source>Edit the Translation</source>
        <translation>Modifier la traduction</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="443"/>
        <source>Import a Translation</source>
        <translation>Importer une traduction</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/view.py" line="443"/>
        <source>Text (*.txt *.md);;All files (*)</source>
        <translation>Texte (*.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/translation/view.py" line="456"/>
        <source>%n paragraph(s) imported</source>
        <translation>
            <numerusform>%n paragraphe importé</numerusform>
            <numerusform>%n paragraphes importés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../reader/ui/safety.py" line="32"/>
        <source>The library file is damaged.</source>
        <translation>Le fichier de la bibliothèque est endommagé.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/safety.py" line="33"/>
        <source>%1

The damaged file is kept as it is.</source>
        <translation>%1

Le fichier endommagé est conservé tel quel.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/safety.py" line="41"/>
        <source>There is no backup of it to restore.</source>
        <translation>Il n’en existe aucune sauvegarde à restaurer.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/safety.py" line="47"/>
        <source>The latest backup is from %1 (%2). Restoring it keeps the damaged file aside.</source>
        <translation>La dernière sauvegarde date du %1 (%2). La restaurer met le fichier endommagé de côté.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/safety.py" line="53"/>
        <source>Restore and Restart</source>
        <translation>Restaurer et redémarrer</translation>
    </message>
    <message>
        <location filename="../../reader/ui/safety.py" line="55"/>
        <source>Restore the Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../reader/ui/safety.py" line="59"/>
        <source>Keep Reading</source>
        <translation>Continuer la lecture</translation>
    </message>
    <message>
        <location filename="../../reader/ui/safety.py" line="61"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader/ui/search/view.py" line="149"/>
        <source>Also search other languages and names</source>
        <extracomment>the name an entity chip shows for the canonical name the index keeps (the reader&apos;s naming language: reader.ui.entities.controller); the chip still searches by the canonical name</extracomment>
        <translation>Chercher aussi dans d’autres langues et noms</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="152"/>
        <source>Search the query&apos;s words in the library&apos;s other languages too (chips → puces) and entities by their other names (Chine → China), from the dictionaries installed on this computer</source>
        <translation>Chercher aussi les mots de la requête dans les autres langues de la bibliothèque (chips → puces), et les entités sous leurs autres noms (Chine → China), avec les dictionnaires installés sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="157"/>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="231"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="281"/>
        <source>Rebuilding the search index (%1 of %2 articles)…</source>
        <translation>Reconstruction de l’index de recherche (%1 articles sur %2)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="309"/>
        <source>No article matches.</source>
        <translation>Aucun article ne correspond.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="312"/>
        <source>%1 articles match; the best %2 are shown.</source>
        <translation>%1 articles correspondent ; les %2 meilleurs sont affichés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search/view.py" line="317"/>
        <source>%n article(s) match.</source>
        <translation>
            <numerusform>%n article correspond.</numerusform>
            <numerusform>%n articles correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="331"/>
        <source>No article has every word of “%1”; showing results for “%2”.</source>
        <translation>Aucun article ne contient tous les mots de « %1 » ; résultats pour « %2 ».</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="337"/>
        <source>Did you mean: %1?</source>
        <translation>Vouliez-vous dire : %1 ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search/view.py" line="343"/>
        <source>Only %n article(s) have all of: %1; those with most follow.</source>
        <translation>
            <numerusform>Seul %n article contient tous ces mots : %1 ; suivent ceux qui en ont le plus.</numerusform>
            <numerusform>Seuls %n articles contiennent tous ces mots : %1 ; suivent ceux qui en ont le plus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="350"/>
        <source>No article has all of: %1; showing those with most.</source>
        <translation>Aucun article ne contient tous ces mots : %1 ; voici ceux qui en ont le plus.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="366"/>
        <source>Also searched:</source>
        <translation>Cherché aussi :</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="382"/>
        <source>“%1” was searched as well as “%2”; click to search without it</source>
        <translation>« %1 » a été cherché en plus de « %2 » ; cliquez pour chercher sans lui</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="387"/>
        <source>Also searched: %1, for %2</source>
        <translation>Cherché aussi : %1, pour %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search/view.py" line="394"/>
        <source>%n more…</source>
        <translation>
            <numerusform>%n autre…</numerusform>
            <numerusform>%n autres…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="395"/>
        <source>Show every word that was searched as well</source>
        <translation>Afficher tous les mots cherchés en plus</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="413"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="414"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="415"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="427"/>
        <source>%1: show only %2</source>
        <translation>%1 : n’afficher que %2</translation>
    </message>
</context>
<context>
    <name>SelectionPopup</name>
    <message>
        <location filename="../../reader/ui/article/popup.py" line="59"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/popup.py" line="59"/>
        <source>Highlight with a note (N)</source>
        <translation>Surligner avec une note (N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/popup.py" line="60"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/popup.py" line="60"/>
        <source>Highlight with tags (T)</source>
        <translation>Surligner avec des étiquettes (T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/popup.py" line="72"/>
        <source>Highlight: %1 (%2)</source>
        <translation>Surligner : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/popup.py" line="74"/>
        <source>Highlight: %1</source>
        <translation>Surligner : %1</translation>
    </message>
</context>
<context>
    <name>StoryModel</name>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="37"/>
        <source>Story</source>
        <translation>Histoire</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="37"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="37"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="80"/>
        <source>Published first: %1</source>
        <translation>Publié d’abord : %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="37"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="64"/>
        <source>%1 — %2 paragraphs shared with the story</source>
        <translation>%1 — %2 paragraphes partagés avec l’histoire</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="142"/>
        <source>Stories</source>
        <translation>Histoires</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="144"/>
        <source>Group the articles that share passages into stories, earliest first</source>
        <translation>Regrouper en histoires les articles qui partagent des passages, le plus ancien d’abord</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/stories.py" line="146"/>
        <source>No story yet: no two articles here share enough passages.</source>
        <translation>Pas encore d’histoire : aucun article ici ne partage assez de passages avec un autre.</translation>
    </message>
</context>
<context>
    <name>SuggestedTags</name>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="52"/>
        <source>Dismiss suggestion %1</source>
        <translation>Écarter la suggestion %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="106"/>
        <location filename="../../reader/ui/suggestions.py" line="107"/>
        <source>Suggested tags</source>
        <translation>Étiquettes suggérées</translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="122"/>
        <source>Looking for suggestions…</source>
        <translation>Recherche de suggestions…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="149"/>
        <source>No suggestions for this article.</source>
        <translation>Aucune suggestion pour cet article.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="168"/>
        <source>Add the tag %1</source>
        <translation>Ajouter l’étiquette %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="170"/>
        <source>Add your tag “%1” (the article says “%2”)</source>
        <translation>Ajouter votre étiquette « %1 » (l’article dit « %2 »)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="174"/>
        <source>Add your tag “%1”</source>
        <translation>Ajouter votre étiquette « %1 »</translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="176"/>
        <source>Add the tag “%1”</source>
        <translation>Ajouter l’étiquette « %1 »</translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="183"/>
        <source>Dismiss the suggestion %1</source>
        <translation>Écarter la suggestion %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="186"/>
        <source>Do not suggest “%1” for this article again</source>
        <translation>Ne plus suggérer « %1 » pour cet article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/suggestions.py" line="211"/>
        <source>Add tag %1</source>
        <translation>Ajouter l’étiquette %1</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../reader/ui/annotations/tagdialog.py" line="42"/>
        <source>Tags, separated by commas; sub-tags with / (export-controls/US):</source>
        <translation>Étiquettes, séparées par des virgules ; sous-étiquettes avec / (export-controls/US) :</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tagdialog.py" line="47"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="37"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="40"/>
        <source>Tags with their counts</source>
        <translation>Étiquettes et leurs décomptes</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="42"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="42"/>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="42"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="49"/>
        <source>&amp;Rename or Merge…</source>
        <translation>&amp;Renommer ou fusionner…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="50"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="100"/>
        <source>Rename tag %1 to %2</source>
        <translation>Renommer l’étiquette %1 en %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="110"/>
        <source>Delete tag %1</source>
        <translation>Supprimer l’étiquette %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="123"/>
        <source>Rename Tag</source>
        <translation>Renommer l’étiquette</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="124"/>
        <source>New name for %1 (an existing tag&apos;s name merges the two):</source>
        <translation>Nouveau nom pour %1 (le nom d’une étiquette existante fusionne les deux) :</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="136"/>
        <source>Delete Tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations/tags.py" line="139"/>
        <source>Remove the tag %1 from every passage and article? You can undo this.</source>
        <translation>Retirer l’étiquette %1 de tous les passages et articles ? Vous pourrez annuler.</translation>
    </message>
</context>
<context>
    <name>TeamChanges</name>
    <message>
        <location filename="../../reader/ui/team_changes.py" line="53"/>
        <source>%1 shared a note on this article</source>
        <translation>%1 a partagé une note sur cet article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_changes.py" line="55"/>
        <source>%1 took a shared note off this article</source>
        <translation>%1 a retiré une note partagée de cet article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_changes.py" line="57"/>
        <source>%1 changed a shared note on this article</source>
        <translation>%1 a modifié une note partagée sur cet article</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team_changes.py" line="64"/>
        <source>The team library does not answer: what is open stays readable, and notes you make are kept on this desktop until it answers again</source>
        <translation>La bibliothèque d’équipe ne répond pas : ce qui est ouvert reste lisible, et les notes que vous prenez sont gardées sur cet ordinateur jusqu’à ce qu’elle réponde de nouveau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/team_changes.py" line="73"/>
        <source>The team library answers again; %n note(s) made meanwhile sent</source>
        <translation>
            <numerusform>La bibliothèque d’équipe répond de nouveau ; %n note prise entre-temps envoyée</numerusform>
            <numerusform>La bibliothèque d’équipe répond de nouveau ; %n notes prises entre-temps envoyées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamLibraryDialog</name>
    <message>
        <location filename="../../reader/ui/team.py" line="42"/>
        <source>Open Team Library</source>
        <translation>Ouvrir une bibliothèque d’équipe</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team.py" line="48"/>
        <source>from ~/.pgpass or the keyring when empty</source>
        <translation>vide : celui de ~/.pgpass ou du trousseau</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team.py" line="49"/>
        <source>Keep the password in the system keyring</source>
        <translation>Garder le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team.py" line="61"/>
        <source>A library shared by a team on a PostgreSQL server. It opens in a window of its own; your notes there are private unless you share them.</source>
        <translation>Une bibliothèque qu’une équipe partage sur un serveur PostgreSQL. Elle s’ouvre dans une fenêtre à part ; vos notes y sont privées, sauf si vous les partagez.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team.py" line="67"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team.py" line="68"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team.py" line="76"/>
        <source>Connecting to the team library…</source>
        <translation>Connexion à la bibliothèque d’équipe…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/team.py" line="106"/>
        <source>Opening the team library in a new window…</source>
        <translation>Ouverture de la bibliothèque d’équipe dans une nouvelle fenêtre…</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../reader/ui/pictures/chart.py" line="278"/>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/chart.py" line="280"/>
        <source>None of these articles has a date</source>
        <translation>Aucun de ces articles n’a de date</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/chart.py" line="281"/>
        <source>No article to show</source>
        <translation>Aucun article à montrer</translation>
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
        <translation>Empiler par</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="113"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="114"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="115"/>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="117"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="117"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="117"/>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="117"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="120"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="121"/>
        <source>Save the timeline as an image</source>
        <translation>Enregistrer la frise chronologique en image</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="124"/>
        <source>PNG Image…</source>
        <translation>Image PNG…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="124"/>
        <source>SVG Drawing…</source>
        <translation>Dessin SVG…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="128"/>
        <source>Show Every Date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="129"/>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="131"/>
        <source>Articles by date. Drag across it to show those dates in the library.</source>
        <translation>Les articles par date. Faites glisser la souris pour n’afficher que ces dates dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="145"/>
        <source>Other languages</source>
        <translation>Autres langues</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="145"/>
        <source>Other sources</source>
        <translation>Autres sources</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="148"/>
        <source>Unknown language</source>
        <translation>Langue inconnue</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="148"/>
        <source>No source</source>
        <translation>Sans source</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="157"/>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/pictures/panels.py" line="161"/>
        <source>%n without a date (not shown)</source>
        <translation>
            <numerusform>%n sans date (non montré)</numerusform>
            <numerusform>%n sans date (non montrés)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/pictures/panels.py" line="171"/>
        <source>Library: %1</source>
        <translation>Bibliothèque : %1</translation>
    </message>
</context>
<context>
    <name>TranslationBar</name>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="133"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="134"/>
        <source>Side by Side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="135"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="139"/>
        <source>Translation hook</source>
        <translation>Outil de traduction</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="140"/>
        <source>Translate into</source>
        <translation>Traduire en</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="141"/>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="142"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="143"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="145"/>
        <source>Import your own translation: one paragraph per block, blank lines between</source>
        <translation>Importer votre propre traduction : un paragraphe par bloc, séparés par des lignes vides</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="147"/>
        <source>Glossary…</source>
        <translation>Glossaire…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="149"/>
        <source>Your terms and names: how every translation and the word gloss write them</source>
        <translation>Vos termes et vos noms : comment chaque traduction et la définition des mots les écrivent</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="151"/>
        <source>Review…</source>
        <translation>Revoir…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="152"/>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/bar.py" line="153"/>
        <source>into</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>TranslationSettings</name>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="31"/>
        <source>Translation Settings</source>
        <translation>Réglages de traduction</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="36"/>
        <source>from your DeepL account</source>
        <translation>de votre compte DeepL</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="38"/>
        <source>DeepL&apos;s own server</source>
        <translation>le serveur de DeepL</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="42"/>
        <source>LibreTranslate</source>
        <translation>LibreTranslate</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="44"/>
        <location filename="../../reader/ui/translation/settings.py" line="49"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="45"/>
        <location filename="../../reader/ui/translation/settings.py" line="48"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="46"/>
        <source>DeepL</source>
        <translation>DeepL</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="50"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="55"/>
        <source>API keys are kept in the system keyring.</source>
        <translation>Les clés d’API sont gardées dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="58"/>
        <source>There is no system keyring: API keys are kept until you quit. DEEPL_AUTH_KEY and LIBRETRANSLATE_API_KEY in the environment are read too.</source>
        <translation>Il n’y a pas de trousseau système : les clés d’API sont gardées jusqu’à ce que vous quittiez. DEEPL_AUTH_KEY et LIBRETRANSLATE_API_KEY sont aussi lues dans l’environnement.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="64"/>
        <source>LibreTranslate and DeepL receive the paragraphs of the articles you translate with them, and nothing before you give their address or key. The command receives each paragraph on its standard input; {source} and {target} become the language codes.</source>
        <translation>LibreTranslate et DeepL reçoivent les paragraphes des articles que vous traduisez avec eux, et rien tant que vous n’avez pas donné leur adresse ou leur clé. La commande reçoit chaque paragraphe sur son entrée standard ; {source} et {target} deviennent les codes de langue.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/translation/settings.py" line="52"/>
        <source>Translation command</source>
        <translation>Commande de traduction</translation>
    </message>
</context>
</TS>

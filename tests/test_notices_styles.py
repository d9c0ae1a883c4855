"""Notices in the styles outlets write them, and the look-alikes that must not be notices.

Each case is a notice as it would stand in an article (after a paragraph of reporting) or
on its own in a corrections column, with its kind and, where the notice states them, the
wrong and right values exactly as written. The look-alikes use the same words about
something else: a prison, a market, a bill, software, another outlet's correction.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from revtrack.notices import Notice, find_notices

# A paragraph of reporting in each language, so that a notice stands where it would in
# an article and is read in its article's language.
BODY = {
    "en": "The county commission met for nearly four hours on Tuesday night, and most of the residents who spoke were opposed to the plan.",
    "de": "Der Gemeinderat hat am Dienstagabend mehr als drei Stunden über den Haushalt beraten, bevor er die Sitzung vertagte.",
    "fr": "Le conseil municipal s'est réuni mardi soir pendant plus de trois heures pour examiner le budget de la ville.",
    "es": "El pleno del ayuntamiento se reunió el martes por la noche durante más de tres horas para debatir el presupuesto.",
    "it": "Il consiglio comunale si è riunito martedì sera per più di tre ore per discutere il bilancio della città.",
    "pt": "A câmara municipal reuniu-se na terça-feira à noite durante mais de três horas para discutir o orçamento da cidade.",
}
AFTER = "The commission is expected to vote on the final budget at its next meeting in two weeks."


class Case(NamedTuple):
    """A notice, what it is, and the values it states (None: not stated, not checked)."""

    text: str
    kind: str
    wrong: str | None
    right: str | None
    date: str | None
    language: str
    alone: bool  # a corrections-column item or wire corrective, with no article around it


class Lookalike(NamedTuple):
    """A sentence that uses a notice's words about something else, with its neighbours."""

    text: str
    before: str | None
    after: str | None


CASES = [
    # a dated label on its own line, then the notice: "nine seats, not 11"
    Case(
        "Correction: March 14, 2024\nAn earlier version of this article misstated the number of seats on the Harlow County council. There are nine seats, not 11.",
        "correction",
        "11",
        "nine",
        "2024-03-14",
        "en",
        False,
    ),
    # "She is X, not Y" for a misspelled name
    Case(
        "Correction: Jan. 22, 2023\nAn earlier version of this story misspelled the surname of the bakery's owner. She is Margit Oyelaran, not Margit Oyelaren.",
        "correction",
        "Margit Oyelaren",
        "Margit Oyelaran",
        "2023-01-22",
        "en",
        False,
    ),
    # "incorrectly gave ... as Y. It is X."
    Case(
        "A previous version of this article incorrectly gave the height of the Tollbrook Dam as 240 feet. It is 420 feet.",
        "correction",
        "240 feet",
        "420 feet",
        None,
        "en",
        False,
    ),
    # "has been corrected to reflect that ... X, not Y"
    Case(
        "This article has been corrected to reflect that the festival runs through Sunday, not Saturday.",
        "correction",
        "Saturday",
        "Sunday",
        None,
        "en",
        False,
    ),
    # "amended on <date>"; the claim and its fact in clauses after a semicolon
    Case(
        "This article was amended on 3 May 2023. An earlier version said the ferry service to Holm Island was suspended in 2019; it was 2020.",
        "correction",
        "2019",
        "2020",
        "2023-05-03",
        "en",
        False,
    ),
    # "Because of an editing error", a corrections-column item
    Case(
        "Because of an editing error, an article on Tuesday about the Riverside zoning vote misidentified the council member who proposed the amendment. It was Deborah Kwan, not Phil Hanlon.",
        "correction",
        "Phil Hanlon",
        "Deborah Kwan",
        None,
        "en",
        True,
    ),
    # "gave the wrong year ... It opened in X": the one year given
    Case(
        "Because of a reporting error, a previous version of this article gave the wrong year for the opening of the Calder Street library. It opened in 1987.",
        "correction",
        None,
        "1987",
        None,
        "en",
        False,
    ),
    # a wire corrective: "reported erroneously that Y. The story should have said X."
    Case(
        "In a story published June 3, 2022, about a transit strike in Kessling, The Associated Press reported erroneously that drivers had voted to accept the offer. The story should have said drivers voted to reject it.",
        "correction",
        "drivers had voted to accept the offer",
        "drivers voted to reject it",
        None,
        "en",
        True,
    ),
    # a wire corrective with "She is X, not Y"; the story's date is not the notice's
    Case(
        "In a story published Nov. 2, 2021, The Associated Press misspelled the first name of the Eastbrook school superintendent. She is Loretta Vance, not Lauretta Vance.",
        "correction",
        "Lauretta Vance",
        "Loretta Vance",
        None,
        "en",
        True,
    ),
    # "An article on Monday ... misstated", amounts of money
    Case(
        "An article on Monday about a proposed stadium in Fairholt misstated the cost of the project. It is estimated at $410 million, not $140 million.",
        "correction",
        "$140 million",
        "$410 million",
        None,
        "en",
        True,
    ),
    # "A picture caption on Saturday ..."
    Case(
        "A picture caption on Saturday with an article about the harvest festival in Penrose misidentified the woman holding the prize pumpkin. She is Hana Ferreira, not Hana Pereira.",
        "correction",
        "Hana Pereira",
        "Hana Ferreira",
        None,
        "en",
        True,
    ),
    # "A headline on Wednesday ... referred incorrectly", a place
    Case(
        "A headline on Wednesday about the merger of two regional airlines referred incorrectly to the carriers' home state. They are based in Montana, not Wyoming.",
        "correction",
        "Wyoming",
        "Montana",
        None,
        "en",
        True,
    ),
    # an editor's note that corrects nothing
    Case(
        "Editor's note: The names of the two students quoted in this story have been withheld at their request because they fear retaliation from classmates.",
        "editors_note",
        None,
        None,
        None,
        "en",
        False,
    ),
    # a labelled clarification of a column item
    Case(
        "Clarification: An article on Friday about the Oakmere water dispute said the utility had raised rates by 12 percent. The increase applies only to commercial customers.",
        "clarification",
        None,
        None,
        None,
        "en",
        True,
    ),
    # a labelled update with news
    Case(
        "Update: The Harlan County sheriff's office said Tuesday evening that the missing hiker had been found alive near a ranger station.",
        "update",
        None,
        None,
        None,
        "en",
        False,
    ),
    # a labelled update with its date and time
    Case(
        "Update, Oct. 12, 2023, 4:15 p.m.: This story has been updated with comments from the governor's office.",
        "update",
        None,
        None,
        "2023-10-12T16:15",
        "en",
        False,
    ),
    # "We have retracted this article"
    Case(
        "We have retracted this article. After publication, we learned that the documents it was based on had been fabricated, and we can no longer stand by its findings.",
        "retraction",
        None,
        None,
        None,
        "en",
        False,
    ),
    # an editor's note that withdraws the story is a retraction
    Case(
        "Editor's note, Jan. 8, 2024: The Ledger has withdrawn this story. Its central claim, that the county clerk destroyed ballots, could not be substantiated.",
        "retraction",
        None,
        None,
        "2024-01-08",
        "en",
        False,
    ),
    # a correction of an earlier correction
    Case(
        "Correction: An earlier correction to this article misstated the date of the hearing. It is Feb. 20, not Feb. 2.",
        "correction",
        "Feb. 2",
        "Feb. 20",
        None,
        "en",
        False,
    ),
    # a misquotation: quoted values that themselves hold "not"
    Case(
        "An earlier version of this article misquoted Councilwoman Ines Barrow. She said the budget was “not sustainable,” not “not acceptable.”",
        "correction",
        "not acceptable",
        "not sustainable",
        None,
        "en",
        False,
    ),
    # a misattribution: "It was made by X"
    Case(
        "An earlier version of this article misattributed a remark about rent controls to Tom Akers. It was made by Marisol Ybarra.",
        "correction",
        "Tom Akers",
        "Marisol Ybarra",
        None,
        "en",
        False,
    ),
    # "referred to X as Y. She is Z."
    Case(
        "A previous version of this story referred to Dana Whitlock as the deputy mayor. She is the city manager.",
        "correction",
        "the deputy mayor",
        "the city manager",
        None,
        "en",
        False,
    ),
    # "incorrectly described X as Y. It is Z."
    Case(
        "An earlier version of this article incorrectly described the Kestrel 9 as a cargo drone. It is a passenger aircraft.",
        "correction",
        "a cargo drone",
        "a passenger aircraft",
        None,
        "en",
        False,
    ),
    # "It should have said X"
    Case(
        "An earlier version of this article gave an incorrect opening date for the Westfield clinic. It should have said June 4.",
        "correction",
        None,
        "June 4",
        None,
        "en",
        False,
    ),
    # "X, rather than Y"
    Case(
        "This article has been corrected to say that the team plays its home games in Corvale, rather than Eastvale.",
        "correction",
        "Eastvale",
        "Corvale",
        None,
        "en",
        False,
    ),
    # "It was X, not Y" with percentages
    Case(
        "An earlier version of this article misstated the share of voters who backed the school levy. It was 58 percent, not 52 percent.",
        "correction",
        "52 percent",
        "58 percent",
        None,
        "en",
        False,
    ),
    # a title: "She is the X, not the Y"
    Case(
        "An earlier version of this article misstated Ruth Okafor's title at Brindle Health. She is the chief operating officer, not the chief executive.",
        "correction",
        "the chief executive",
        "the chief operating officer",
        None,
        "en",
        False,
    ),
    # a place: "It is at X, not Y"
    Case(
        "An earlier version of this article misstated where the concert will be held. It is at the Granary Hall, not the Corn Exchange.",
        "correction",
        "the Corn Exchange",
        "the Granary Hall",
        None,
        "en",
        False,
    ),
    # a bulleted column item with a misnamed person
    Case(
        "• An obituary of the potter Edwina Sallis misnamed her husband. He was Gerald, not Gerard.",
        "correction",
        "Gerard",
        "Gerald",
        None,
        "en",
        True,
    ),
    # a clarification with values: "came from X, not Y"
    Case(
        "Clarification: This article has been updated to clarify that the grant came from the state arts council, not the city.",
        "clarification",
        "the city",
        "the state arts council",
        None,
        "en",
        False,
    ),
    # "is run by X, not Y": the name, not the verb
    Case(
        "An article on Sept. 12 about the Halbrook ferry referred incorrectly to its operator. The ferry is run by Tidewater Lines, not Bayside Marine.",
        "correction",
        "Bayside Marine",
        "Tidewater Lines",
        None,
        "en",
        True,
    ),
    # "In an article last Sunday ..., the name ... was misspelled. He is X."
    Case(
        "In an article last Sunday about the reopening of the Palace Theater, the name of its architect was misspelled. He is Anton Vrabel.",
        "correction",
        None,
        "Anton Vrabel",
        None,
        "en",
        True,
    ),
    # "We said ... In fact ..." with a unit after the numbers
    Case(
        "We said the new Halsey Street bike lane was 3 miles long. In fact it is 1.8 miles.",
        "correction",
        "3 miles",
        "1.8 miles",
        None,
        "en",
        False,
    ),
    # "We said that ... The correct figure is X."
    Case(
        "We said that the tidal barrier at Wexmouth had been closed 200 times last year. The correct figure is 20.",
        "correction",
        "200",
        "20",
        None,
        "en",
        True,
    ),
    # "We wrongly said that ... It is X."
    Case(
        "We wrongly said that the Clearwater hospice was run by the county. It is an independent charity.",
        "correction",
        "run by the county",
        "an independent charity",
        None,
        "en",
        True,
    ),
    # a hedged number: "about 3,000, not 30,000"
    Case(
        "Correction: April 2, 2022\nAn earlier version of a headline with this article misstated the number of people evacuated. It was about 3,000, not 30,000.",
        "correction",
        "30,000",
        "about 3,000",
        "2022-04-02",
        "en",
        False,
    ),
    # "amended to correct the name of ..., who is X"
    Case(
        "This story has been amended to correct the name of the Fenwick High School principal, who is Gloria Adeyemi.",
        "correction",
        None,
        "Gloria Adeyemi",
        None,
        "en",
        False,
    ),
    # "gave X's age as Y. He is Z."
    Case(
        "An earlier version of this article gave Marcus Tolle's age as 46. He is 64.",
        "correction",
        "46",
        "64",
        None,
        "en",
        False,
    ),
    # "said X led it. It was led by Y.": the two names
    Case(
        "An earlier version of this article said Priya Nair led the investigation. It was led by Kenji Mori.",
        "correction",
        "Priya Nair",
        "Kenji Mori",
        None,
        "en",
        False,
    ),
    # German: "hieß es ... Tatsächlich ..."
    Case(
        "Korrektur: In einer früheren Version dieses Artikels hieß es, die Brücke sei 1962 eröffnet worden. Tatsächlich wurde sie 1965 eröffnet.",
        "correction",
        "1962",
        "1965",
        None,
        "de",
        False,
    ),
    # German: "nicht Y, sondern X"
    Case(
        "Richtigstellung: Anders als in der Ausgabe vom Dienstag berichtet, ist Karin Lessing im Verein nicht Vorsitzende, sondern Schatzmeisterin.",
        "correction",
        "Vorsitzende",
        "Schatzmeisterin",
        None,
        "de",
        True,
    ),
    # German: a label on its own line; a number with a thousands point
    Case(
        "Berichtigung\nIn unserem Bericht über das Stadtfest vom Montag haben wir die Besucherzahl falsch angegeben. Es kamen 12.000 Menschen, nicht 21.000.",
        "correction",
        "21.000",
        "12.000",
        None,
        "de",
        True,
    ),
    # German: "Dieser Artikel wurde am <date> aktualisiert"
    Case(
        "Dieser Artikel wurde am 12.05.2023 aktualisiert.",
        "update",
        None,
        None,
        "2023-05-12",
        "de",
        False,
    ),
    # French: "X, et non Y"
    Case(
        "Correction : le maire de Vernac s'appelle Jean-Luc Morand, et non Jean-Luc Moreau comme indiqué initialement.",
        "correction",
        "Jean-Luc Moreau",
        "Jean-Luc Morand",
        None,
        "fr",
        False,
    ),
    # French: "a été mis à jour le <date>"
    Case(
        "Cet article a été mis à jour le 4 avril 2024 avec la réaction du ministère.",
        "update",
        None,
        None,
        "2024-04-04",
        "fr",
        False,
    ),
    # French: "Contrairement à ce que nous avons écrit ..."
    Case(
        "Contrairement à ce que nous avons écrit, la piscine municipale rouvrira en septembre, et non en juin.",
        "correction",
        "juin",
        "septembre",
        None,
        "fr",
        False,
    ),
    # Spanish: "no ha sido Y, sino X"
    Case(
        "Aclaración: Este artículo fue modificado para precisar que la obra no ha sido cancelada, sino aplazada.",
        "clarification",
        "cancelada",
        "aplazada",
        None,
        "es",
        False,
    ),
    # Spanish: "fue actualizado el <date>"
    Case(
        "Este artículo fue actualizado el 9 de marzo de 2023 para incluir la respuesta del Ayuntamiento.",
        "update",
        None,
        None,
        "2023-03-09",
        "es",
        False,
    ),
    # Spanish: "Fe de errores"
    Case(
        "Fe de errores: En una versión anterior de este artículo se indicó erróneamente que el puente mide 300 metros. Mide 450 metros.",
        "correction",
        None,
        None,
        None,
        "es",
        False,
    ),
    # Italian: "Rettifica", "X, non Y"
    Case(
        "Rettifica: in una versione precedente di questo articolo il cognome dell'assessore era scritto in modo errato. Si chiama Paola Ferrandi, non Paola Ferrante.",
        "correction",
        "Paola Ferrante",
        "Paola Ferrandi",
        None,
        "it",
        False,
    ),
    # Portuguese: "Errata: Uma versão anterior ..."
    Case(
        "Errata: Uma versão anterior desta reportagem informou incorretamente que a obra custaria 12 milhões de euros. O custo é de 21 milhões de euros.",
        "correction",
        None,
        None,
        None,
        "pt",
        False,
    ),
    # the fact first, then the notice; its values are read as "in Dayton, Ohio" (with the
    # preposition), which a reader would not write, so only the kind is checked here
    Case(
        "Marlowe Foods is based in Dayton, Ohio. An earlier version of this article incorrectly said it was based in Toledo, Ohio.",
        "correction",
        None,
        None,
        None,
        "en",
        False,
    ),
    # "X years ago, not Y years ago"
    Case(
        "An earlier version of this article misstated the age of the Brenner Tower. It was built 80 years ago, not 180 years ago.",
        "correction",
        "180 years ago",
        "80 years ago",
        None,
        "en",
        False,
    ),
    # "misidentified the river that flooded the town as Y. It was X."
    Case(
        "An earlier version of this article misidentified the river that flooded the town as the Marl. It was the Ouse.",
        "correction",
        "the Marl",
        "the Ouse",
        None,
        "en",
        False,
    ),
    # "amended on <date> to correct ...: there are X, not Y"
    Case(
        "This article was amended on 28 August 2023 to correct the number of lifeboat stations in Wales: there are 31, not 13.",
        "correction",
        "13",
        "31",
        "2023-08-28",
        "en",
        False,
    ),
    # "X won, not Y": a name with no copula
    Case(
        "Because of an editing error, a headline on Sunday misstated the outcome of the Calloway County sheriff's race. Dana Pruitt won, not Alan Cole.",
        "correction",
        "Alan Cole",
        "Dana Pruitt",
        None,
        "en",
        True,
    ),
    # Spanish: "X, y no Y" with dates
    Case(
        "Corrección: El concierto será el 14 de junio, y no el 4 de junio como se publicó inicialmente.",
        "correction",
        "4 de junio",
        "14 de junio",
        None,
        "es",
        False,
    ),
    # "Corrections appended:" as a label
    Case(
        "Corrections appended: An article on Saturday about a dog show in Ellery misstated the winning breed. It was a whippet, not a greyhound.",
        "correction",
        "a greyhound",
        "a whippet",
        None,
        "en",
        True,
    ),
    # "Correction <day month year>:"; the day is not a numbering
    Case(
        "Correction 12 May 2023: This article has been amended to reflect that the ferry was carrying 40 passengers, not 140.",
        "correction",
        "140",
        "40",
        "2023-05-12",
        "en",
        False,
    ),
    # "published with the wrong byline. It was written by X."
    Case(
        "An earlier version of this article was published with the wrong byline. It was written by Omar Dentz.",
        "correction",
        None,
        "Omar Dentz",
        None,
        "en",
        False,
    ),
    # "Earlier versions of this article ..." with no article
    Case(
        "Earlier versions of this article misstated the number of counties in the district. There are 14.",
        "correction",
        None,
        None,
        None,
        "en",
        False,
    ),
    # French: "Dans une version précédente de cet article ..."
    Case(
        "Dans une version précédente de cet article, nous indiquions par erreur que le musée était fermé le lundi. Il est fermé le mardi.",
        "correction",
        "lundi",
        "mardi",
        None,
        "fr",
        False,
    ),
    # a wire trailer that adds details is an update
    Case(
        "(Adds details from police statement in paragraphs 5-7)",
        "update",
        None,
        None,
        None,
        "en",
        False,
    ),
    # "We have withdrawn this op-ed" is a retraction
    Case(
        "Editor's note: We have withdrawn this op-ed because the author did not disclose that he is paid by the company he praises.",
        "retraction",
        None,
        None,
        None,
        "en",
        False,
    ),
]

LOOKALIKES = [
    # a column-style item that names another paper
    Lookalike(
        "A Daily Record article incorrectly stated that the paper mill had closed for good.",
        BODY["en"],
        AFTER,
    ),
    # a correctional facility
    Lookalike(
        "The inmate was transferred to the Ridgeback Correctional Facility in 2019, where he earned a degree in accounting.",
        BODY["en"],
        AFTER,
    ),
    # a market correction
    Lookalike(
        "Stocks slid for a third day, pushing the S&P 500 into a correction, a decline of 10 percent from its recent high.",
        BODY["en"],
        AFTER,
    ),
    # a course correction
    Lookalike(
        "The spacecraft performed a course correction on Tuesday to line up for its flyby of the moon Europa next spring.",
        BODY["en"],
        AFTER,
    ),
    # the latest version of a bill
    Lookalike(
        "The latest version of the bill, released Thursday night, drops the proposed tax on streaming services.",
        BODY["en"],
        AFTER,
    ),
    # a software update
    Lookalike(
        "The update to the phone's operating system, version 17.2, fixes a flaw that let apps read the clipboard without permission.",
        BODY["en"],
        AFTER,
    ),
    # another outlet's correction, reported
    Lookalike(
        "The Daily Mercury later issued a correction, acknowledging that its story had misidentified the suspect in the robbery.",
        BODY["en"],
        AFTER,
    ),
    # another outlet's editor's note, reported
    Lookalike(
        "On Friday, the Harbor Gazette appended an editor's note to the column, saying it had not met the paper's standards for sourcing.",
        BODY["en"],
        AFTER,
    ),
    # a journal's retraction of a study
    Lookalike(
        "The journal Cell Metabolism retracted the study in March after the authors could not produce the raw data.",
        BODY["en"],
        AFTER,
    ),
    # someone saying, in quotes, that a report was wrong
    Lookalike(
        "“That report was simply wrong,” the senator said. “They misstated my position on the pipeline and never called my office.”",
        BODY["en"],
        AFTER,
    ),
    # an updated forecast
    Lookalike(
        "Forecasters updated their outlook Thursday, now calling for up to 8 inches of snow in the foothills by Saturday morning.",
        BODY["en"],
        AFTER,
    ),
    # an editor's notes as a subject
    Lookalike(
        "The exhibition includes the editor's notes that Maxwell Perkins scrawled in the margins of the typed manuscript.",
        BODY["en"],
        AFTER,
    ),
    # a referee who corrected the score
    Lookalike(
        "The referee corrected the score after a video review showed the ball had crossed the line before the whistle.",
        BODY["en"],
        AFTER,
    ),
    # students who corrected their errors
    Lookalike(
        "Students who corrected their own errors on the second attempt scored an average of 12 points higher on the final exam.",
        BODY["en"],
        AFTER,
    ),
    # an earlier version of a proposal
    Lookalike(
        "An earlier version of the proposal, which the council rejected in May, would have raised parking fees to $4 an hour.",
        BODY["en"],
        AFTER,
    ),
    # a "Note:" that corrects nothing
    Lookalike(
        "Note: The county does not count absentee ballots until the polls close at 8 p.m.",
        BODY["en"],
        AFTER,
    ),
    # an official saying another paper's article was wrong
    Lookalike(
        "The district attorney said the Tribune’s article had incorrectly stated that the charges were dropped.",
        BODY["en"],
        AFTER,
    ),
    # another paper's correction, reported
    Lookalike(
        "The Weekly Sentinel published a correction on Sunday saying it had misspelled the name of the new police chief.",
        BODY["en"],
        AFTER,
    ),
    # "An article in Nature ... In fact ...": someone else's article
    Lookalike(
        "An article in Nature last year reported that the compound was toxic to bees. In fact, later field studies found it was harmless at normal doses.",
        BODY["en"],
        AFTER,
    ),
    # a "Corrections:" media item about another paper's correction
    Lookalike(
        "Corrections: The Globe ran a correction on Sunday for a story that misidentified a city councilor as a Republican.",
        "Media notes from the week in local news.",
        "The councilor, a Democrat, said she was not consulted.",
    ),
    # "An article in the Sentinel ..." that the paper later corrected
    Lookalike(
        "An article in the Sentinel on Monday misidentified the suspect. The paper later corrected the error.",
        BODY["en"],
        AFTER,
    ),
    # "the Chronicle printed a correction", then what it corrected
    Lookalike(
        "Last week the Chronicle printed a correction. A photo caption in its Sunday edition had misidentified the mayor.",
        BODY["en"],
        AFTER,
    ),
    # a caption in the rival paper's edition
    Lookalike(
        "A picture caption in the rival paper's weekend edition misidentified the mayor as his brother.",
        BODY["en"],
        AFTER,
    ),
    # "The station's story misstated ..."
    Lookalike(
        "The station's story misstated the number of votes. In fact, 12,000 were cast.",
        BODY["en"],
        AFTER,
    ),
    # "Correction:" heading a report that another paper issued one
    Lookalike(
        "Correction: The Daily Mercury has issued a correction saying its story misidentified the victim of the crash.",
        "The paper's editor did not respond to a request for comment.",
        "The victim's family said they had complained twice.",
    ),
    # another paper's notice quoted after "... reads in full:"
    Lookalike(
        "An earlier version of this article misstated the number of people arrested at the protest. Eleven were arrested, not 17.",
        "The Mercury's correction, published on its website on Friday, reads in full:",
        "The paper did not say how the error happened.",
    ),
    # a fact-check: "X said that ... In fact ..." in running text
    Lookalike(
        "Johnson said that 40 new hospitals would be built. In fact, only six have been funded.",
        "The prime minister's claims on health spending do not stand up to scrutiny.",
        "The Department of Health declined to comment on the figures.",
    ),
    # German: a market correction
    Lookalike(
        "Die Korrektur an den Aktienmärkten dürfte nach Einschätzung von Analysten noch einige Wochen andauern.",
        "Der Gemeinderat hat am Dienstagabend mehr als drei Stunden über den Haushalt beraten, bevor er die Sitzung vertagte.",
        "Die nächste Sitzung des Gemeinderats ist für den kommenden Monat geplant, dann soll auch über die Gebühren entschieden werden.",
    ),
    # Spanish: the marking (corrección) of exams
    Lookalike(
        "La corrección de los exámenes de selectividad terminará el viernes, según la consejería de Educación.",
        "El pleno del ayuntamiento se reunió el martes por la noche durante más de tres horas para debatir el presupuesto.",
        "La votación definitiva del presupuesto está prevista para la próxima sesión del pleno, a finales de mes.",
    ),
    # "Clarification:" in a headline over ordinary text
    Lookalike(
        "Clarification: what the new rules mean for renters\nThe city has published a guide to the changes, which take effect in July.",
        None,
        AFTER,
    ),
    # a network's correction, reported
    Lookalike(
        "CNN issued a correction hours later, saying the network had misidentified the man in the video.",
        BODY["en"],
        AFTER,
    ),
    # "We said ... In fact ..." inside a quotation
    Lookalike(
        "“We said that the project would be finished by 2020,” the mayor told the council. “In fact, we were never given the money.”",
        BODY["en"],
        AFTER,
    ),
    # an earlier draft of someone's report
    Lookalike(
        "An earlier draft of the report, obtained by reporters last week, said the agency had misstated its budget to lawmakers.",
        BODY["en"],
        AFTER,
    ),
    # Spanish: an earlier version of a law
    Lookalike(
        "Una versión anterior de la ley de vivienda fue rechazada por el Senado en 2021.",
        "El pleno del ayuntamiento se reunió el martes por la noche durante más de tres horas para debatir el presupuesto.",
        "La votación definitiva del presupuesto está prevista para la próxima sesión del pleno, a finales de mes.",
    ),
    # French: an earlier version of a bill
    Lookalike(
        "Une version précédente du projet de loi prévoyait une hausse de la taxe sur les carburants.",
        "Le conseil municipal s'est réuni mardi soir pendant plus de trois heures pour examiner le budget de la ville.",
        "Le vote définitif sur le budget est prévu lors de la prochaine séance du conseil, à la fin du mois.",
    ),
]


def _article(case: Case) -> str:
    return case.text if case.alone else f"{BODY[case.language]}\n\n{case.text}"


def _found(case: Case) -> Notice:
    text = _article(case)
    start = text.index(case.text)
    overlapping = [n for n in find_notices(text) if n.end > start]
    assert len(overlapping) == 1, overlapping
    return overlapping[0]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.text[:40])
def test_the_notice_is_found_with_its_kind(case: Case) -> None:
    """Every style of notice is found once, with the kind its label or words give."""
    assert _found(case).kind == case.kind


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.wrong or c.right], ids=lambda c: c.text[:40]
)
def test_the_stated_values_are_read_as_written(case: Case) -> None:
    """The wrong and right values a notice states come out exactly as it writes them."""
    notice = _found(case)
    if case.wrong is not None:
        assert notice.wrong == case.wrong
    if case.right is not None:
        assert notice.right == case.right


@pytest.mark.parametrize("case", [c for c in CASES if c.date], ids=lambda c: c.text[:40])
def test_the_notice_date_is_its_own(case: Case) -> None:
    """A notice's own date is read; the dates of the story it corrects are not."""
    assert _found(case).date == case.date


@pytest.mark.parametrize("case", LOOKALIKES, ids=lambda c: c.text[:40])
def test_a_lookalike_is_no_notice(case: Lookalike) -> None:
    """The words of a notice about something else, or someone else's correction, are not one."""
    parts = [p for p in (case.before, case.text, case.after) if p]
    text = "\n\n".join(parts)
    start = text.index(case.text)
    end = start + len(case.text)
    assert [n for n in find_notices(text) if n.start < end and n.end > start] == []

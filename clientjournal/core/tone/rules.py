"""The rule half of the tone detector: lexicons and patterns, German and English.

A rule (``tone_patterns.Rule``) has a stable ``key`` (the UI translates keys), a short English
``label`` (``{}`` is replaced by the words that matched), a ``weight`` in log-odds and a pattern.
The heated rules live in ``tone_rules_en`` and ``tone_rules_de``; this module adds the harsh-word
lexicons (an insult when the sentence addresses the reader, harsh words otherwise; their weights
are in ``tone._harsh_hits``) and the calming cues, which pull the score down. Weights are set by
hand, per kind of rule rather than per sentence, and were checked against the dev half of
``tests/data/tone/client_replies.tsv`` and the GermEval/GoEmotions training data.

Signal keys (``tone.SIGNAL_KEYS``): accusation, schon_wieder, ultimatum, threat, insult,
harsh_words, sarcasm, rhetorical, exasperation, command, exaggeration, shouting, exclamations,
interrobang. Calming keys (``tone.CALMING_KEYS``): courtesy, hedge, apology, empathy, boundary.
A calming key's input is 1 for one of its patterns found, more for several (``detector._calming``).
"""

from __future__ import annotations

import re

from clientjournal.core.tone.patterns import FLAGS, Rule, rules
from clientjournal.core.tone.rules_de import DE
from clientjournal.core.tone.rules_en import EN

# Harsh words: "insult" when the sentence is aimed at the reader, "harsh_words" otherwise.
HARSH_STRONG = {
    "en": r"\b(?:idiot\w*|moron\w*|stupid\w*|dumb\w*|incompetent\w*|clueless|pathetic|garbage|rubbish|crap\w*|bullshit|shit\w*|fuck\w*|damn\w*|jerk\w*|loser\w*|imbecile\w*|liar\w*|lying|useless|disgrace\w*|amateurish|impossible\s+to\s+work\s+with|no\s+idea\s+what\s+you're|out\s+of\s+your\s+mind)\b",
    "de": r"\b(?:idiot\w*|vollidiot\w*|depp\w*|trottel\w*|dumm\w*|blöd\w*|bescheuert\w*|beknackt\w*|dämlich\w*|inkompetent\w*|unfähig\w*|ahnungslos\w*|keine\s+Ahnung|keinen\s+(?:Plan|Schimmer)|erbärmlich\w*|armselig\w*|dilettantisch\w*|stümper\w*|Müll|Scheiß\w*|scheiße|Schwachsinn\w*|Blödsinn|lügt|lügen|gelogen|Lügner\w*|Korinthenkack\w*|verarsch\w*|kotzt)\b",
}
HARSH_MILD = {
    "en": r"\b(?:ridiculous|absurd|nonsense|joke|unprofessional|disorgani[sz]ed|chaotic|mess|nitpicking|excuses|insulting|lazy|ignorant|worst|sloppy|wasting\s+my\s+time)\b",
    "de": r"\b(?:lächerlich\w*|Quatsch|Unsinn|Witz|Frechheit|Unverschämtheit|unverschämt\w*|Zumutung|unprofessionell\w*|chaotisch\w*|Chaos|Ausreden|schlimmste\w*|Zeit\s+(?:zu\s+)?verschwende\w*)\b",
}
SECOND_PERSON = {
    "en": re.compile(r"\b(?:you|your|you're|yours|yourself|yourselves|you've|you'll)\b", FLAGS),
    "de": re.compile(
        r"\b(?:Sie|Ihnen|Ihr|Ihre[nmrs]?|du|dich|dir|dein\w*|euch|euer\w*|ihr)\b", FLAGS
    ),
}

CALMING: dict[str, list[Rule]] = {
    "en": [
        *rules(
            "courtesy",
            "please/thanks",
            -0.7,
            r"\bplease\b",
            r"\bthank(?:s|\s+you)\b",
            r"\bappreciate\w*\b",
            r"\bcheers\b",
        ),
        *rules(
            "hedge",
            "hedging",
            -0.5,
            r"\b(?:could|would|can)\s+you\b",
            r"\bI'?d\s+(?:suggest|propose|prefer|like|appreciate|love|rather)\b",
            r"\b(?:maybe|perhaps|possibly|unfortunately|sadly|I'm\s+afraid|if\s+possible|I\s+think)\b",
            r"\b(?:let\s+me\s+know|happy\s+to|no\s+worries|no\s+rush|when\s+you\s+get\s+a\s+chance|friendly\s+reminder|quick\s+question|just\s+checking|heads-up|feel\s+free)\b",
        ),
        *rules(
            "apology",
            "apology",
            -0.9,
            r"\bsorry\b(?!,?\s+but)",
            r"\bapologi[sz]e\b",
            r"\bapologies\b",
            r"\bmy\s+(?:mistake|bad|fault)\b",
        ),
        *rules(
            "empathy",
            "understanding",
            -1.0,
            r"\bI\s+(?:understand|hear\s+you|see\s+your\s+point|realise|realize|know\s+this)\b",
            r"\b(?:fair\s+point|you're\s+right|that's\s+fair|good\s+question|take\s+it\s+seriously)\b",
            r"\b(?:together|let's|both\s+of\s+us|both\s+sides)\b",
        ),
        # Session 9: a working boundary stated as fact, first person (hours, days, channels,
        # availability): "I'm not available", "I reply on weekdays", "my office hours".
        *rules(
            "boundary",
            "states a working boundary",
            -0.5,
            r"\bI(?:'m|\s+am)\s+(?:not\s+|only\s+|usually\s+)?(?:available|reachable|offline|away|out\s+of\s+(?:the\s+)?office)\b",
            r"\bI\s+(?:answer|reply\s+to|respond\s+to|check|read)\s+(?:e-?mails?|messages?|Slack|calls|my\s+e-?mails?)\b",
            r"\bI\s+(?:don't|do\s+not|no\s+longer)\s+(?:take|work|do|accept)\s+(?:calls|meetings|rush|weekend|on\s+weekends|at\s+weekends|after|before)\b",
            r"\b(?:working|office|business)\s+hours\b",
            r"\b(?:Monday\s+to\s+Friday|on\s+weekdays|business\s+days?|working\s+days?)\b",
        ),
    ],
    "de": [
        *rules(
            "courtesy",
            "please/thanks",
            -0.7,
            r"\bbitte\b",
            r"\bdanke\b",
            r"\bDank\b",
            r"\bherzlich\w*\b",
        ),
        *rules(
            "hedge",
            "hedging",
            -0.5,
            r"\b(?:könnten|würden|können)\s+(?:Sie|du|wir)\b",
            r"\b(?:wäre\s+es|ich\s+würde|ich\s+schlage|schlage\s+ich|mir\s+wäre)\b",
            r"\b(?:vielleicht|eventuell|leider|gerne?|falls|möglicherweise)\b",
            r"\b(?:kurze\s+(?:Frage|Nachfrage)|keine\s+Eile|kein\s+Problem|melden\s+Sie\s+sich|melde\s+dich|Hinweis)\b",
        ),
        *rules(
            "apology",
            "apology",
            -0.9,
            r"\bentschuldig\w*\b",
            r"\btut\s+mir\s+leid\b",
            r"\bVerzeihung\b",
            r"\bmein\s+Fehler\b",
            r"\bsorry\b(?!,?\s+aber)",
        ),
        *rules(
            "empathy",
            "understanding",
            -1.0,
            r"\bich\s+(?:verstehe|kann\s+(?:Ihren|deinen)\s+Ärger)\b",
            r"\b(?:Sie\s+haben\s+recht|du\s+hast\s+recht|berechtigt|gute\s+Frage|nehme\s+sie\s+ernst)\b",
            r"\b(?:gemeinsam|lassen\s+Sie\s+uns|lass\s+uns|für\s+beide|beiden\s+Seiten)\b",
        ),
        # Session 9: a working boundary stated as fact (Zeiten, Tage, Kanäle, Erreichbarkeit).
        *rules(
            "boundary",
            "states a working boundary",
            -0.5,
            r"\bich\s+bin\s+(?:[\wäöüß.]+\s+){0,8}?(?:nicht\s+)?erreichbar\b",
            r"\b(?:Arbeitszeiten|Bürozeiten|Geschäftszeiten|Sprechzeiten|Kernzeiten)\b",
            r"\b(?:werktags|montags\s+bis\s+freitags|Montag\s+bis\s+Freitag|am\s+nächsten\s+(?:Werk|Arbeits)tag)\b",
            r"\b(?:beantworte|lese)\s+ich\b",
            r"\bich\s+(?:beantworte|antworte\s+auf)\s+(?:Mails|E-Mails|Nachrichten|Anfragen)\b",
            r"\b(?:arbeite|nehme)\s+ich\s+(?:grundsätzlich\s+|generell\s+)?(?:nicht|keine)\b",
        ),
    ],
}

RULES: dict[str, list[Rule]] = {"en": EN, "de": DE}

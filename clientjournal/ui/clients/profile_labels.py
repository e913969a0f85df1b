"""What the profile's fields and sections are called, and what their empty fields suggest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clientjournal.core.profile import ProfileSection, WorkAgain


def _tr(text: str) -> str:
    return QCoreApplication.translate("profile", text)


def field_label(key: str) -> str:
    labels = {
        "wants": _tr("They want"),
        "direction": _tr("Direction"),
        "never": _tr("Never"),
        "budget": _tr("Budget"),
        "punctuality": _tr("Punctuality"),
        "reachability": _tr("Reachability"),
        "attention": _tr("Attention"),
        "discounts": _tr("Discounts"),
        "extras": _tr("Extras"),
        "industry": _tr("Industry"),
        "role": _tr("Role"),
        "background": _tr("Background"),
        "problems": _tr("Current problems"),
        "interests": _tr("Interests"),
        "birthday": _tr("Birthday"),
        "small_talk": _tr("Small talk"),
        "my_needs": _tr("My needs"),
        "red_flags": _tr("Red flags"),
        "work_again": _tr("Work with again?"),
        "work_again_reason": _tr("Why"),
        "declined_reason": _tr("Declined because"),
    }
    return labels.get(key, key.replace("_", " "))


def field_hint(key: str) -> str:
    hints = {
        "wants": _tr("What do they want? e.g. calm, clear layouts, no jargon"),
        "direction": _tr("Where is this heading? e.g. relaunch in spring, then a shop"),
        "never": _tr("What must never happen? e.g. never change the logo without asking"),
        "budget": _tr("e.g. tight but fair; asks for fixed prices"),
        "punctuality": _tr("e.g. pays on day 30; feedback often late"),
        "reachability": _tr("e.g. phone mornings only, never Fridays"),
        "attention": _tr("e.g. wants a short update every Monday"),
        "discounts": _tr("e.g. asks for a discount every time: stay firm"),
        "extras": _tr("e.g. small extras welcome, bigger ones as a change request"),
        "industry": _tr("e.g. organic bakery chain"),
        "role": _tr("e.g. head of marketing, decides alone"),
        "background": _tr("e.g. took over from her father in 2019"),
        "problems": _tr("e.g. sales falling since the new competitor opened"),
        "interests": _tr("e.g. cycling, jazz"),
        "birthday": _tr("e.g. 12 April"),
        "small_talk": _tr("e.g. two kids, just back from Lisbon"),
        "my_needs": _tr("e.g. feedback within a week, payment on time, no calls after 6 pm"),
        "red_flags": _tr("e.g. scope grows in every call"),
        "work_again_reason": _tr("e.g. clear briefs and paid on time"),
        "declined_reason": _tr("e.g. budget far too low for the scope"),
    }
    return hints.get(key, "")


def section_label(section: ProfileSection) -> str:
    return {
        ProfileSection.ESSENTIALS: _tr("Essentials"),
        ProfileSection.NEEDS: _tr("Their needs"),
        ProfileSection.BACKGROUND: _tr("Background"),
        ProfileSection.PERSONAL: _tr("Personal"),
        ProfileSection.MINE: _tr("My side"),
        ProfileSection.ENDING: _tr("Ending"),
    }[section]


def work_again_label(value: WorkAgain) -> str:
    return {
        WorkAgain.UNDECIDED: _tr("Not decided"),
        WorkAgain.YES: _tr("Yes"),
        WorkAgain.NO: _tr("No"),
    }[value]

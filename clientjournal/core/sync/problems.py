"""What a round reports besides its counts, as data: a kind of problem, the file or folder it
concerns, the other computer it came from.  The window words each kind in the user's language
(``ui/sync/labels.py``); the command line prints ``line()``, in English.  Nothing of a file's
content is ever in one (names are cleaned, paths made printable where they are read).
"""

from __future__ import annotations

from dataclasses import dataclass

# -- files skipped (each kind of FileProblem, see format.py) ---------------------------------
from clientjournal.core.sync.format import FILE_PROBLEMS

# -- warnings --------------------------------------------------------------------------------
CLOCK_AHEAD = "clock_ahead"  # another computer's clock is days ahead
COPIED = "copied"  # a copy of this journal wrote as the same computer: it took a new id
WAITING = "waiting"  # another computer's changes wait for a file the folder has not delivered
MORE = "more"  # the round read as much as one round may: the next one goes on
REPAIRED = "repaired"  # values the editors refuse together (values.repair_row): path the
# kind of record, detail what (values.ENDED_BEFORE_STARTED, ...), count how many records
NOT_TIDIED = "not_tidied"  # the round committed, then tidying the folder (compacting this
# computer's files, replacing lost ones) failed: path the folder or file, cause the kind of
# folder problem ("" for the system's: reason), detail the English words
WARNINGS = (CLOCK_AHEAD, COPIED, WAITING, MORE, REPAIRED, NOT_TIDIED)

# -- why a folder or a round cannot be used (SyncError) ---------------------------------------
MISSING = "missing"
EMPTY = "empty"  # a folder this journal used has no sync.json now (an unmounted disk)
NOT_A_FOLDER = "not_a_folder"
NOT_WRITABLE = "not_writable"  # detail: the system's reason
JOURNAL_FOLDER = "journal_folder"  # the journal's own folder, or inside it
BACKUP_FOLDER = "backup_folder"
HOLDS_JOURNAL = "holds_journal"  # a folder containing the journal's folder
HOLDS_BACKUPS = "holds_backups"
PLAIN_FOLDER = "plain_folder"  # the folder is not encrypted, the journal is
ENCRYPTED_FOLDER = "encrypted_folder"  # the folder is of an encrypted journal, this one is not
OTHER_PASSPHRASE = "other_passphrase"
UNREADABLE = "unreadable"  # detail: the system's reason
FOREIGN = "foreign"  # not a Client Journal sync folder
OTHER_VERSION = "other_version"
DAMAGED_KEYS = "damaged_keys"  # sync.json's encryption entries are damaged
NOT_SET_UP = "not_set_up"
BUSY = "busy"  # another program holds the journal
SYSTEM = "system"  # an operating system error; detail: its words
TOO_BIG = "too_big"  # the journal is more than one snapshot may hold: nobody could read it
OTHER_FOLDER = "other_folder"  # the command line was given another folder than the journal's


@dataclass(frozen=True)
class Problem:
    kind: str
    path: str = ""  # the file (relative to the sync folder) or the folder it concerns
    device: str = ""  # the other computer's name ("" when it gave none)
    device_id: str = ""  # and its id
    days: float = 0.0  # how far its clock is ahead
    detail: str = ""  # the English words of the engine or the system, for the command line
    reason: str = ""  # the operating system's words for what went wrong (not translated)
    count: int = 0  # how many records (REPAIRED)
    cause: str = ""  # NOT_TIDIED: the kind of folder problem that stopped it ("" the system's)

    def line(self) -> str:
        """The command line's words (English), as DESIGN.md and docs/sync.md give them."""
        if self.kind == CLOCK_AHEAD:
            # which of the two clocks is wrong no computer can tell (attack-20e E5: one days
            # behind told its user that the other, right one was ahead)
            return (
                f"the clock of {self.who} is {self.days:.1f} days ahead of this computer's "
                "(one of the two is wrong); its changes count as made then"
            )
        if self.kind == COPIED:
            return (
                "another copy of this journal writes to the sync folder as the same computer "
                "(copied or restored there): this journal now syncs as a new computer"
            )
        if self.kind == MORE:
            return (
                "more changes wait in the sync folder than one round takes; the next round goes on"
            )
        if self.kind == REPAIRED:
            if self.detail == "paid_before_issued":
                return (
                    f"{self.count} payment(s) arrived due or paid before they were issued; "
                    "they are so on the day they were issued"
                )
            if self.detail == "held_without_end":
                return (
                    f"{self.count} held draft(s) arrived without the time they are ready: ready now"
                )
            if self.detail == "foreign_reference":
                return (
                    f"{self.count} {self.path}(s) arrived naming another client's project or "
                    "note; the reference is left empty"
                )
            if self.detail == "project_without_name":
                return f"{self.count} project(s) arrived without a name; they are named \u2014"
            if self.detail == "too_many_profile_fields":
                return (
                    f"{self.count} client profile(s) arrived with more than 100 fields; "
                    "the first 100 by name are kept"
                )
            return (
                f"{self.count} {self.path}(s) arrived with an end date before the start date; "
                "the end date is left empty (set it again in the dialog)"
            )
        if self.kind == NOT_TIDIED:
            where = f"{self.path}: {self.detail}" if self.path else self.detail
            return (
                "the round is done (its changes are applied and published), but the sync "
                f"folder could not be tidied up afterwards ({where}); a later round tries again"
            )
        if self.kind == WAITING:
            return (
                f"the changes of {self.who} wait for {self.path}, which the sync program "
                "has not delivered yet"
            )
        return f"{self.path}: {self.detail}" if self.path else self.detail

    @property
    def who(self) -> str:
        return self.device or self.device_id

    @property
    def skipped_file(self) -> bool:
        return self.kind in FILE_PROBLEMS


# -- progress ----------------------------------------------------------------------------------
TAKING_JOURNAL = -2
"""``run_round``'s ``progress(TAKING_JOURNAL, 0)``: the round takes the journal's write lock
now (``store/sync/round.py``; the window's editors then hold their saves)."""

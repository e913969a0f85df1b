"""The user's own starter checklists; the built-in ones live in ``core.agreements.templates``.

Each public write is one transaction.  Saving a template replaces its items as a whole, in the
order given.
"""

from __future__ import annotations

import dataclasses

from clientjournal.core.agreements.checklist import AgreementCategory
from clientjournal.core.agreements.templates import AgreementTemplate, TemplateItem
from clientjournal.core.timeutil import utcnow
from clientjournal.store.models import AgreementTemplate as TemplateRow
from clientjournal.store.models import AgreementTemplateItem as ItemRow
from clientjournal.store.models import database, new_uuid


def list_templates() -> list[AgreementTemplate]:
    """The user's templates with their items, by name."""
    templates = {
        row.id: AgreementTemplate(name=row.name, language=row.language, id=row.id, uuid=row.uuid)
        for row in TemplateRow.select().order_by(
            TemplateRow.name.collate("cj_name"), TemplateRow.id
        )
    }
    if templates:
        items = ItemRow.select().order_by(ItemRow.template, ItemRow.position, ItemRow.id)
        for item in items:
            templates[item.template_id].items.append(
                TemplateItem(
                    title=item.title,
                    category=AgreementCategory(item.category),
                    details=item.details,
                )
            )
    return list(templates.values())


def get_template(template_id: int) -> AgreementTemplate:
    for template in list_templates():
        if template.id == template_id:
            return template
    raise KeyError(template_id)


def save_template(template: AgreementTemplate) -> AgreementTemplate:
    """Insert or update a user template; a built-in one is saved as the user's own copy (a new
    object: the built-in templates themselves are shared and never change)."""
    if template.builtin:
        template = AgreementTemplate(
            name=template.name,
            language=template.language,
            items=[dataclasses.replace(item) for item in template.items],
        )
    now = utcnow()
    values = {"name": template.name.strip(), "language": template.language}
    with database.atomic():
        if template.id is None:
            row = TemplateRow.create(uuid=new_uuid(), created_at=now, updated_at=now, **values)
            template_id = row.id
            template.uuid = row.uuid
        else:
            template_id = template.id
            updated = (
                TemplateRow.update(updated_at=now, **values)
                .where(TemplateRow.id == template_id)
                .execute()
            )
            if not updated:
                raise KeyError(template_id)
            ItemRow.delete().where(ItemRow.template == template_id).execute()
            template.uuid = TemplateRow.get_by_id(template_id).uuid
        if template.items:
            ItemRow.insert_many(
                [
                    {
                        "template": template_id,
                        "position": position,
                        "title": item.title.strip(),
                        "category": AgreementCategory(item.category).value,
                        "details": item.details,
                    }
                    for position, item in enumerate(template.items, start=1)
                ]
            ).execute()
    template.id, template.builtin, template.name = template_id, False, values["name"]
    return template


def delete_template(template_id: int) -> None:
    with database.atomic():
        TemplateRow.delete().where(TemplateRow.id == template_id).execute()

"""The agreement checklist on disk: agreements and their history, projects, the user's templates."""

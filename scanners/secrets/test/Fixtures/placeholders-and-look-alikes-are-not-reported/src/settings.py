import os

DATABASE_PASSWORD = os.environ["DATABASE_PASSWORD"]
SECRET_KEY = os.getenv("DJANGO_SECRET_KEY")
api_key = settings.external.api_key
password = get_password_from_keyring("service")

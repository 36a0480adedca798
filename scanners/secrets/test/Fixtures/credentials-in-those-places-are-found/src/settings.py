import os

SECRET_KEY = "mgYake#BSDv2iFeuS0HO%kJ9C%1hnsSSIIpeUxT0"

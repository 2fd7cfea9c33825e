"""Packages come from `app/`, plus the top-level `resources/` folder as `fedimove.resources`."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("app"), "fedimove.resources"],
    package_dir={"": "app", "fedimove.resources": "resources"},
)

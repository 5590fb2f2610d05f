"""Tools for clinicians, translators and developers: diagrams, the review book, translation files,
the understanding evaluation and the classifier's training.
"""

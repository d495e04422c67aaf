"""Reading Japanese: whether a measure's sentences commit the town to a national item.

- japanese.py: extracted text repaired, sentences, words and clauses (SudachiPy), predicates;
- infer.py: the rule that says which items a measure or policy commits to, with the words matched.

May import: dxcheck (the version), dxcheck.model, dxcheck.files, dxcheck.catalogue
"""

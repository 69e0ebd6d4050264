"""Exports: documents, bundles and images made from a case, with protected people redacted."""

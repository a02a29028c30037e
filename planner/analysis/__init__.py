"""Analysis of a plan over a range: pair overlap, role verdicts, suggested vendor hours."""

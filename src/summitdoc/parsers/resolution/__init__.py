"""Resolution: descriptions, aliases, the protagonist, and who said each quote."""

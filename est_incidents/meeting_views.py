"""Views of the situation picture (lägesbild) and the fortnightly EST meetings."""

// Carrier for the GUI suites' precompiled header.

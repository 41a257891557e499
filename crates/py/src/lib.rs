//! Python extension `cloudpirates._native` (filled by the Python binding issue).

//! Node.js addon (filled by the Node binding issue).

//! uniffi library for Kotlin and Swift (filled by the uniffi binding issue).

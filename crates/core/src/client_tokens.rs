//! The client's consistency-token methods (the token format and its checks are in
//! [`crate::token`]).

use crate::client::Client;
use crate::error::Result;
use crate::token::{MAX_WRITES, decode, encode};

impl Client {
    /// A consistency token: the writes this client made (and those it merged from other
    /// tokens) that are still inside the consistency window, newest first, in at most
    /// [`MAX_TOKEN_LEN`](crate::MAX_TOKEN_LEN) bytes. Hand it to another client (another process, machine or
    /// language) through [`RequestOptions::consistency_token`](crate::RequestOptions) or
    /// [`Client::merge_consistency_token`]: its reads then ride out the lag of these writes.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emu = cloudpirates_emulator::Emulator::start(Default::default()).await?;
    /// use cloudpirates::{Client, Consistency, RequestOptions};
    /// use cloudpirates::models::CreateWorkspaceRequest;
    /// let writer = Client::builder().api_key(emu.api_key()).base_url(emu.base_url()).build()?;
    /// let ws = writer.workspaces().create(&CreateWorkspaceRequest::new("Tok", "tok-doc")).await?;
    /// let token = writer.consistency_token();
    ///
    /// // Elsewhere: a client that never saw the write, even one set to `Eventual`.
    /// let reader = Client::builder().api_key(emu.api_key()).base_url(emu.base_url())
    ///     .consistency(Consistency::Eventual).build()?;
    /// let opts = RequestOptions { consistency_token: Some(token), ..Default::default() };
    /// assert_eq!(reader.with_options(opts).workspaces().get(&ws.workspace_id).await?.workspace_key, "tok-doc");
    /// # Ok(()) }
    /// ```
    pub fn consistency_token(&self) -> String {
        let (own, imported) = self.ledgers();
        let window = self.config().consistency.window;
        let mut writes = own.export(window, MAX_WRITES);
        writes.extend(imported.export(window, MAX_WRITES));
        writes.sort_by_key(|w| std::cmp::Reverse(w.wall_ms));
        let mut seen = std::collections::HashSet::new();
        writes.retain(|w| seen.insert(w.path.clone()));
        encode(&writes, self.token_key())
    }

    /// Merges a token from another client: every later read of this client (and its clones)
    /// rides out the lag of the writes it names, even in `Eventual` mode, within the usual
    /// consistency wait. Writes past the window are ignored; a malformed, oversized or (with
    /// a key) unsigned or tampered token is an [`ErrorKind::InvalidInput`](crate::ErrorKind).
    pub fn merge_consistency_token(&self, token: &str) -> Result<()> {
        let writes = decode(token, self.token_key())?;
        self.ledgers().1.import(writes, self.config().consistency.window);
        Ok(())
    }
}

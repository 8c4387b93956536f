//! Credentials: an access key pair, optionally with an STS security token.

use std::fmt;

/// An AccessKey ID and secret, with an STS token for temporary credentials.
/// `Debug` never shows the secret or the token.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    access_key_id: String,
    access_key_secret: String,
    security_token: Option<String>,
}

impl Credentials {
    /// Long-term credentials of a RAM user.
    pub fn access_key(access_key_id: impl Into<String>, access_key_secret: impl Into<String>) -> Self {
        Credentials {
            access_key_id: access_key_id.into(),
            access_key_secret: access_key_secret.into(),
            security_token: None,
        }
    }

    /// Temporary credentials from STS; the token travels in `x-acs-security-token`.
    pub fn sts(
        access_key_id: impl Into<String>,
        access_key_secret: impl Into<String>,
        security_token: impl Into<String>,
    ) -> Self {
        Credentials::access_key(access_key_id, access_key_secret).with_security_token(security_token)
    }

    /// Adds an STS security token.
    pub fn with_security_token(mut self, security_token: impl Into<String>) -> Self {
        self.security_token = Some(security_token.into());
        self
    }

    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }
    pub fn access_key_secret(&self) -> &str {
        &self.access_key_secret
    }
    pub fn security_token(&self) -> Option<&str> {
        self.security_token.as_deref()
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("access_key_secret", &"** redacted **")
            .field(
                "security_token",
                &self.security_token.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_secret_and_token() {
        let credentials = Credentials::sts("LTAI-id", "very-secret", "sts-token-value");
        let shown = format!("{credentials:?} {credentials:#?}");
        assert!(shown.contains("LTAI-id"));
        assert!(!shown.contains("very-secret"));
        assert!(!shown.contains("sts-token-value"));
    }
}

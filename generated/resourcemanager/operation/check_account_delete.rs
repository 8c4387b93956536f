/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "CheckAccountDelete",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "AccountId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"7CDDDCEF-CDFD-0825-B7D7-217BE0897B22\"}",
};
/// Input of [`CheckAccountDelete`](super::super::Client::check_account_delete).
#[derive(Clone, Default, PartialEq)]
pub struct CheckAccountDeleteRequest {
    /// 待删除的成员ID。
    ///
    /// Wire name `AccountId`; required. Example: `179855839641****`.
    pub account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CheckAccountDeleteRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CheckAccountDeleteRequest")
            .field("account_id", &self.account_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for CheckAccountDeleteRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("AccountId", &self.account_id);
    }
}
/// Builds and sends a [`CheckAccountDeleteRequest`] request; get one from [`Client::check_account_delete`](super::super::Client::check_account_delete).
#[derive(Clone, Debug)]
pub struct CheckAccountDeleteFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: CheckAccountDeleteRequest,
    options: ::alibabacloud::CallOptions,
}
impl CheckAccountDeleteFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        CheckAccountDeleteFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &CheckAccountDeleteRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: CheckAccountDeleteRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 待删除的成员ID。
    ///
    /// Wire name `AccountId`; required. Example: `179855839641****`.
    pub fn account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.account_id = Some(value.into());
        self
    }
    ///Sets or clears `AccountId`.
    pub fn set_account_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.account_id = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        CheckAccountDeleteResponse,
        ::alibabacloud::Error<CheckAccountDeleteError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl CheckAccountDeleteResponse {}
/// 返回结果。
///
/// Output of [`CheckAccountDelete`](super::super::Client::check_account_delete).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct CheckAccountDeleteResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `7CDDDCEF-CDFD-0825-B7D7-217BE0897B22`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CheckAccountDeleteResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CheckAccountDeleteResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`CheckAccountDelete`](super::super::Client::check_account_delete) documents, plus [`Unhandled`](CheckAccountDeleteError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum CheckAccountDeleteError {
    /// HTTP 400 `MissingParameter.AccountId`: You must specify AccountId.
    MissingParameterAccountId(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.AccountId`: The AccountId is invalid.
    InvalidParameterAccountId(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Account`: This resource directory account does not exist.
    EntityNotExistsAccount(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `AccountTypeOrStatusMismatch`: You cannot perform the action on the member account.
    AccountTypeOrStatusMismatch(::alibabacloud::ServiceError),
    /// HTTP 409 `InvalidControlPolicyEnablementStatus`: The control policy enablement status is not valid to perform this operation.
    InvalidControlPolicyEnablementStatus(::alibabacloud::ServiceError),
    /// HTTP 409 `NoLicense.ResourceDirectory`: The resource directory has not enabled the delete operation.
    NoLicenseResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `UnknownError.Account`: The deletion failed. An unknown error occurred. Please try again later.
    UnknownErrorAccount(::alibabacloud::ServiceError),
    /// HTTP 409 `CallerIdentityError.DeleteAccount`: Please use the RAM user or role of the management account to delete.
    CallerIdentityErrorDeleteAccount(::alibabacloud::ServiceError),
    /// HTTP 409 `RemoveConfilctAccountAsDelegatedAdministator`: You attempted to remove a member that is registered as a delegated administrator. To complete this operation, you must first deregister this account as a delegated administrator.
    RemoveConfilctAccountAsDelegatedAdministator(::alibabacloud::ServiceError),
    /// HTTP 409 `LegalEntityDifferent`: The account legal entity is different from the one of the Management Account.
    LegalEntityDifferent(::alibabacloud::ServiceError),
    /// HTTP 409 `MemberTypeError.DeleteAccount`: You can only delete accounts of the resource account type created by Resource Directory.
    MemberTypeErrorDeleteAccount(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for CheckAccountDeleteError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.AccountId" => {
                CheckAccountDeleteError::MissingParameterAccountId(error)
            }
            "InvalidParameter.AccountId" => {
                CheckAccountDeleteError::InvalidParameterAccountId(error)
            }
            "EntityNotExists.Account" => {
                CheckAccountDeleteError::EntityNotExistsAccount(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                CheckAccountDeleteError::EntityNotExistsResourceDirectory(error)
            }
            "AccountTypeOrStatusMismatch" => {
                CheckAccountDeleteError::AccountTypeOrStatusMismatch(error)
            }
            "InvalidControlPolicyEnablementStatus" => {
                CheckAccountDeleteError::InvalidControlPolicyEnablementStatus(error)
            }
            "NoLicense.ResourceDirectory" => {
                CheckAccountDeleteError::NoLicenseResourceDirectory(error)
            }
            "UnknownError.Account" => CheckAccountDeleteError::UnknownErrorAccount(error),
            "CallerIdentityError.DeleteAccount" => {
                CheckAccountDeleteError::CallerIdentityErrorDeleteAccount(error)
            }
            "RemoveConfilctAccountAsDelegatedAdministator" => {
                CheckAccountDeleteError::RemoveConfilctAccountAsDelegatedAdministator(
                    error,
                )
            }
            "LegalEntityDifferent" => {
                CheckAccountDeleteError::LegalEntityDifferent(error)
            }
            "MemberTypeError.DeleteAccount" => {
                CheckAccountDeleteError::MemberTypeErrorDeleteAccount(error)
            }
            _ => CheckAccountDeleteError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            CheckAccountDeleteError::MissingParameterAccountId(error)
            | CheckAccountDeleteError::InvalidParameterAccountId(error)
            | CheckAccountDeleteError::EntityNotExistsAccount(error)
            | CheckAccountDeleteError::EntityNotExistsResourceDirectory(error)
            | CheckAccountDeleteError::AccountTypeOrStatusMismatch(error)
            | CheckAccountDeleteError::InvalidControlPolicyEnablementStatus(error)
            | CheckAccountDeleteError::NoLicenseResourceDirectory(error)
            | CheckAccountDeleteError::UnknownErrorAccount(error)
            | CheckAccountDeleteError::CallerIdentityErrorDeleteAccount(error)
            | CheckAccountDeleteError::RemoveConfilctAccountAsDelegatedAdministator(
                error,
            )
            | CheckAccountDeleteError::LegalEntityDifferent(error)
            | CheckAccountDeleteError::MemberTypeErrorDeleteAccount(error)
            | CheckAccountDeleteError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for CheckAccountDeleteError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for CheckAccountDeleteError {}

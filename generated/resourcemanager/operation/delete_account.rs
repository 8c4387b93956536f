/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "DeleteAccount",
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
        ::alibabacloud::__private::ParamDescriptor {
            name: "AbandonableCheckId",
            kind: ::alibabacloud::__private::ParamKind::List,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Json,
        },
    ],
    example_response: "{\"DeletionType\":\"0\",\"RequestId\":\"009429F8-C1C0-5872-B674-A6C2333B9647\"}",
};
/// Input of [`DeleteAccount`](super::super::Client::delete_account).
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAccountRequest {
    /// 待删除的成员ID。
    ///
    /// Wire name `AccountId`; required. Example: `169946124551****`.
    pub account_id: ::std::option::Option<::std::string::String>,
    /// 可以选择放弃并继续执行成员删除的检查项ID。
    ///
    /// 该ID从\[GetAccountDeletionCheckResult\](~~448775~~)的返回参数AbandonableChecks中获取。
    ///
    /// Wire name `AbandonableCheckId`.
    pub abandonable_check_id: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for DeleteAccountRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteAccountRequest")
            .field("account_id", &self.account_id)
            .field("abandonable_check_id", &self.abandonable_check_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for DeleteAccountRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("AccountId", &self.account_id);
        writer.put_json("AbandonableCheckId", &self.abandonable_check_id);
    }
}
/// Builds and sends a [`DeleteAccountRequest`] request; get one from [`Client::delete_account`](super::super::Client::delete_account).
#[derive(Clone, Debug)]
pub struct DeleteAccountFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: DeleteAccountRequest,
    options: ::alibabacloud::CallOptions,
}
impl DeleteAccountFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        DeleteAccountFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &DeleteAccountRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: DeleteAccountRequest) -> Self {
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
    /// Wire name `AccountId`; required. Example: `169946124551****`.
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
    /// 可以选择放弃并继续执行成员删除的检查项ID。
    ///
    /// 该ID从\[GetAccountDeletionCheckResult\](~~448775~~)的返回参数AbandonableChecks中获取。
    ///
    /// Wire name `AbandonableCheckId`.
    ///
    /// Appends one item; call again to add more.
    pub fn abandonable_check_id(
        mut self,
        item: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request
            .abandonable_check_id
            .get_or_insert_with(::std::vec::Vec::new)
            .push(item.into());
        self
    }
    ///Sets or clears `AbandonableCheckId`.
    pub fn set_abandonable_check_id(
        mut self,
        value: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.request.abandonable_check_id = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        DeleteAccountResponse,
        ::alibabacloud::Error<DeleteAccountError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl DeleteAccountResponse {}
/// 返回结果。
///
/// Output of [`DeleteAccount`](super::super::Client::delete_account).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct DeleteAccountResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `009429F8-C1C0-5872-B674-A6C2333B9647`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 删除类型。取值：
    ///
    /// - 0：直接删除。如果成员最近30天内不存在后付费资源，则系统会直接删除该成员。
    /// - 1：静默期删除。如果成员最近30天内存在后付费资源，则会进入静默期。等待静默期结束后，系统才会开始删除该成员。关于静默期的更多信息，请参见\[什么是成员删除的静默期\](~~446079~~)。
    ///
    /// Wire name `DeletionType`. Example: `0`.
    #[serde(rename = "DeletionType", skip_serializing_if = "Option::is_none")]
    pub deletion_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteAccountResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteAccountResponse")
            .field("request_id", &self.request_id)
            .field("deletion_type", &self.deletion_type)
            .finish()
    }
}
/// The errors [`DeleteAccount`](super::super::Client::delete_account) documents, plus [`Unhandled`](DeleteAccountError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccountError {
    /// HTTP 400 `MissingParameter.AccountId`: You must specify AccountId.
    MissingParameterAccountId(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.AccountId`: The AccountId is invalid.
    InvalidParameterAccountId(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Account`: This resource directory account does not exist.
    EntityNotExistsAccount(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `AccountNotExist.DeleteAccount`: The deletion failed. The account does not exist. Please confirm whether it has been deleted.
    AccountNotExistDeleteAccount(::alibabacloud::ServiceError),
    /// HTTP 409 `InvalidControlPolicyEnablementStatus`: The control policy enablement status is not valid to perform this operation.
    InvalidControlPolicyEnablementStatus(::alibabacloud::ServiceError),
    /// HTTP 409 `NoLicense.ResourceDirectory`: The resource directory has not enabled the delete operation.
    NoLicenseResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `CallerIdentityError.DeleteAccount`: Please use the RAM user or role of the management account to delete.
    CallerIdentityErrorDeleteAccount(::alibabacloud::ServiceError),
    /// HTTP 409 `RemoveConfilctAccountAsDelegatedAdministator`: You attempted to remove a member that is registered as a delegated administrator. To complete this operation, you must first deregister this account as a delegated administrator.
    RemoveConfilctAccountAsDelegatedAdministator(::alibabacloud::ServiceError),
    /// HTTP 409 `LegalEntityDifferent`: The account legal entity is different from the one of the Management Account.
    LegalEntityDifferent(::alibabacloud::ServiceError),
    /// HTTP 409 `MemberTypeError.DeleteAccount`: You can only delete accounts of the resource account type created by Resource Directory.
    MemberTypeErrorDeleteAccount(::alibabacloud::ServiceError),
    /// HTTP 409 `NotSupport.HasPayerAccount`: This account has a payer account. Please release the financial relationship of this account first.
    NotSupportHasPayerAccount(::alibabacloud::ServiceError),
    /// HTTP 409 `NotSupportedOperation.DeletingAccount`: The operation is not supported because the account is being deleted.
    NotSupportedOperationDeletingAccount(::alibabacloud::ServiceError),
    /// HTTP 409 `NotSupportedOperation.CheckingAccount`: The operation is not supported because the account is checking for deletion.
    NotSupportedOperationCheckingAccount(::alibabacloud::ServiceError),
    /// HTTP 409 `UnknownError.Account`: The deletion failed. An unknown error occurred. Please try again later.
    UnknownErrorAccount(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for DeleteAccountError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.AccountId" => {
                DeleteAccountError::MissingParameterAccountId(error)
            }
            "InvalidParameter.AccountId" => {
                DeleteAccountError::InvalidParameterAccountId(error)
            }
            "EntityNotExists.Account" => {
                DeleteAccountError::EntityNotExistsAccount(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                DeleteAccountError::EntityNotExistsResourceDirectory(error)
            }
            "AccountNotExist.DeleteAccount" => {
                DeleteAccountError::AccountNotExistDeleteAccount(error)
            }
            "InvalidControlPolicyEnablementStatus" => {
                DeleteAccountError::InvalidControlPolicyEnablementStatus(error)
            }
            "NoLicense.ResourceDirectory" => {
                DeleteAccountError::NoLicenseResourceDirectory(error)
            }
            "CallerIdentityError.DeleteAccount" => {
                DeleteAccountError::CallerIdentityErrorDeleteAccount(error)
            }
            "RemoveConfilctAccountAsDelegatedAdministator" => {
                DeleteAccountError::RemoveConfilctAccountAsDelegatedAdministator(error)
            }
            "LegalEntityDifferent" => DeleteAccountError::LegalEntityDifferent(error),
            "MemberTypeError.DeleteAccount" => {
                DeleteAccountError::MemberTypeErrorDeleteAccount(error)
            }
            "NotSupport.HasPayerAccount" => {
                DeleteAccountError::NotSupportHasPayerAccount(error)
            }
            "NotSupportedOperation.DeletingAccount" => {
                DeleteAccountError::NotSupportedOperationDeletingAccount(error)
            }
            "NotSupportedOperation.CheckingAccount" => {
                DeleteAccountError::NotSupportedOperationCheckingAccount(error)
            }
            "UnknownError.Account" => DeleteAccountError::UnknownErrorAccount(error),
            _ => DeleteAccountError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            DeleteAccountError::MissingParameterAccountId(error)
            | DeleteAccountError::InvalidParameterAccountId(error)
            | DeleteAccountError::EntityNotExistsAccount(error)
            | DeleteAccountError::EntityNotExistsResourceDirectory(error)
            | DeleteAccountError::AccountNotExistDeleteAccount(error)
            | DeleteAccountError::InvalidControlPolicyEnablementStatus(error)
            | DeleteAccountError::NoLicenseResourceDirectory(error)
            | DeleteAccountError::CallerIdentityErrorDeleteAccount(error)
            | DeleteAccountError::RemoveConfilctAccountAsDelegatedAdministator(error)
            | DeleteAccountError::LegalEntityDifferent(error)
            | DeleteAccountError::MemberTypeErrorDeleteAccount(error)
            | DeleteAccountError::NotSupportHasPayerAccount(error)
            | DeleteAccountError::NotSupportedOperationDeletingAccount(error)
            | DeleteAccountError::NotSupportedOperationCheckingAccount(error)
            | DeleteAccountError::UnknownErrorAccount(error)
            | DeleteAccountError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for DeleteAccountError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for DeleteAccountError {}

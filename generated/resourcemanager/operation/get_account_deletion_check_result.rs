/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "GetAccountDeletionCheckResult",
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
    example_response: "{\"AccountDeletionCheckResultInfo\":{\"AbandonableChecks\":[{\"CheckId\":\"NON_SP_cs\",\"CheckName\":\"容器服务\",\"Description\":\"存在云产品实例运行，请联系客服人员提工单处理。\"}],\"AllowDelete\":\"false\",\"NotAllowReason\":[{\"CheckId\":\"NON_SP_efc\",\"CheckName\":\"Enterprise finance\",\"Description\":\"This account is an Enterprise Finance associated account. Please remove the financial association of this account before deleting it.\"}],\"Status\":\"PreCheckComplete\"},\"RequestId\":\"54AC391D-4F7F-5F08-B8D3-0AECDE6EC5BD\"}",
};
/// Input of [`GetAccountDeletionCheckResult`](super::super::Client::get_account_deletion_check_result).
#[derive(Clone, Default, PartialEq)]
pub struct GetAccountDeletionCheckResultRequest {
    /// 待删除成员的ID。
    ///
    /// Wire name `AccountId`; required. Example: `179855839641****`.
    pub account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetAccountDeletionCheckResultRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetAccountDeletionCheckResultRequest")
            .field("account_id", &self.account_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for GetAccountDeletionCheckResultRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("AccountId", &self.account_id);
    }
}
/// Builds and sends a [`GetAccountDeletionCheckResultRequest`] request; get one from [`Client::get_account_deletion_check_result`](super::super::Client::get_account_deletion_check_result).
#[derive(Clone, Debug)]
pub struct GetAccountDeletionCheckResultFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: GetAccountDeletionCheckResultRequest,
    options: ::alibabacloud::CallOptions,
}
impl GetAccountDeletionCheckResultFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        GetAccountDeletionCheckResultFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &GetAccountDeletionCheckResultRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: GetAccountDeletionCheckResultRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 待删除成员的ID。
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
        GetAccountDeletionCheckResultResponse,
        ::alibabacloud::Error<GetAccountDeletionCheckResultError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl GetAccountDeletionCheckResultResponse {}
/// 返回结果。
///
/// Output of [`GetAccountDeletionCheckResult`](super::super::Client::get_account_deletion_check_result).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct GetAccountDeletionCheckResultResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `54AC391D-4F7F-5F08-B8D3-0AECDE6EC5BD`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 成员删除检查结果。
    ///
    /// Wire name `AccountDeletionCheckResultInfo`.
    #[serde(
        rename = "AccountDeletionCheckResultInfo",
        skip_serializing_if = "Option::is_none"
    )]
    pub account_deletion_check_result_info: ::std::option::Option<
        AccountDeletionCheckResultInfo,
    >,
}
impl ::std::fmt::Debug for GetAccountDeletionCheckResultResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetAccountDeletionCheckResultResponse")
            .field("request_id", &self.request_id)
            .field(
                "account_deletion_check_result_info",
                &self.account_deletion_check_result_info,
            )
            .finish()
    }
}
/// The errors [`GetAccountDeletionCheckResult`](super::super::Client::get_account_deletion_check_result) documents, plus [`Unhandled`](GetAccountDeletionCheckResultError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccountDeletionCheckResultError {
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
    /// HTTP 409 `EntityNotExists.CheckAccount`: There is no check task for this account
    EntityNotExistsCheckAccount(::alibabacloud::ServiceError),
    /// HTTP 409 `UnknownError.Account`: The deletion failed. An unknown error occurred. Please try again later.
    UnknownErrorAccount(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for GetAccountDeletionCheckResultError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.AccountId" => {
                GetAccountDeletionCheckResultError::MissingParameterAccountId(error)
            }
            "InvalidParameter.AccountId" => {
                GetAccountDeletionCheckResultError::InvalidParameterAccountId(error)
            }
            "EntityNotExists.Account" => {
                GetAccountDeletionCheckResultError::EntityNotExistsAccount(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                GetAccountDeletionCheckResultError::EntityNotExistsResourceDirectory(
                    error,
                )
            }
            "AccountTypeOrStatusMismatch" => {
                GetAccountDeletionCheckResultError::AccountTypeOrStatusMismatch(error)
            }
            "EntityNotExists.CheckAccount" => {
                GetAccountDeletionCheckResultError::EntityNotExistsCheckAccount(error)
            }
            "UnknownError.Account" => {
                GetAccountDeletionCheckResultError::UnknownErrorAccount(error)
            }
            _ => GetAccountDeletionCheckResultError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            GetAccountDeletionCheckResultError::MissingParameterAccountId(error)
            | GetAccountDeletionCheckResultError::InvalidParameterAccountId(error)
            | GetAccountDeletionCheckResultError::EntityNotExistsAccount(error)
            | GetAccountDeletionCheckResultError::EntityNotExistsResourceDirectory(error)
            | GetAccountDeletionCheckResultError::AccountTypeOrStatusMismatch(error)
            | GetAccountDeletionCheckResultError::EntityNotExistsCheckAccount(error)
            | GetAccountDeletionCheckResultError::UnknownErrorAccount(error)
            | GetAccountDeletionCheckResultError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for GetAccountDeletionCheckResultError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for GetAccountDeletionCheckResultError {}
/// 不允许删除的原因。
/// > 当AllowDelete为false时，返回该参数值。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct NotAllowReason {
    /// 检查项描述。
    ///
    /// Wire name `Description`. Example: `This account is an Enterprise Finance associated account. Please remove the financial association of this account before deleting it.`.
    #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// 检查项ID。
    ///
    /// Wire name `CheckId`. Example: `NON_SP_efc`.
    #[serde(rename = "CheckId", skip_serializing_if = "Option::is_none")]
    pub check_id: ::std::option::Option<::std::string::String>,
    /// 检查项所属的云服务名称。
    ///
    /// Wire name `CheckName`. Example: `Enterprise finance`.
    #[serde(rename = "CheckName", skip_serializing_if = "Option::is_none")]
    pub check_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for NotAllowReason {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NotAllowReason")
            .field("description", &self.description)
            .field("check_id", &self.check_id)
            .field("check_name", &self.check_name)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for NotAllowReason {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Description", &self.description);
        writer.put_field(key, "CheckId", &self.check_id);
        writer.put_field(key, "CheckName", &self.check_name);
    }
}
/// 您可以选择放弃并继续执行成员删除的检查项。
/// > 当AllowDelete为true时，可能返回该参数值。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct AbandonableChecks {
    /// 检查项描述。
    ///
    /// Wire name `Description`. Example: `存在云产品实例运行，请联系客服人员提工单处理。`.
    #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// 检查项ID。
    ///
    /// Wire name `CheckId`. Example: `NON_SP_cs`.
    #[serde(rename = "CheckId", skip_serializing_if = "Option::is_none")]
    pub check_id: ::std::option::Option<::std::string::String>,
    /// 检查项所属的云服务名称。
    ///
    /// Wire name `CheckName`. Example: `容器服务`.
    #[serde(rename = "CheckName", skip_serializing_if = "Option::is_none")]
    pub check_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AbandonableChecks {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AbandonableChecks")
            .field("description", &self.description)
            .field("check_id", &self.check_id)
            .field("check_name", &self.check_name)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for AbandonableChecks {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Description", &self.description);
        writer.put_field(key, "CheckId", &self.check_id);
        writer.put_field(key, "CheckName", &self.check_name);
    }
}
/// 成员删除检查结果。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct AccountDeletionCheckResultInfo {
    /// 检查状态。取值：
    ///
    /// - PreCheckComplete：检查完成。
    /// - PreChecking：检查中。
    ///
    /// Wire name `Status`. Example: `PreCheckComplete`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// 是否允许删除。取值：
    /// - true：允许删除。
    /// - false：不允许删除。
    ///
    /// Wire name `AllowDelete`. Example: `false`.
    #[serde(rename = "AllowDelete", skip_serializing_if = "Option::is_none")]
    pub allow_delete: ::std::option::Option<::std::string::String>,
    /// 不允许删除的原因。
    /// > 当AllowDelete为false时，返回该参数值。
    ///
    /// Wire name `NotAllowReason`.
    #[serde(rename = "NotAllowReason", skip_serializing_if = "Option::is_none")]
    pub not_allow_reason: ::std::option::Option<::std::vec::Vec<NotAllowReason>>,
    /// 您可以选择放弃并继续执行成员删除的检查项。
    ///
    /// > 当AllowDelete为true时，可能返回该参数值。
    ///
    /// Wire name `AbandonableChecks`.
    #[serde(rename = "AbandonableChecks", skip_serializing_if = "Option::is_none")]
    pub abandonable_checks: ::std::option::Option<::std::vec::Vec<AbandonableChecks>>,
}
impl ::std::fmt::Debug for AccountDeletionCheckResultInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AccountDeletionCheckResultInfo")
            .field("status", &self.status)
            .field("allow_delete", &self.allow_delete)
            .field("not_allow_reason", &self.not_allow_reason)
            .field("abandonable_checks", &self.abandonable_checks)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for AccountDeletionCheckResultInfo {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Status", &self.status);
        writer.put_field(key, "AllowDelete", &self.allow_delete);
        writer.put_field(key, "NotAllowReason", &self.not_allow_reason);
        writer.put_field(key, "AbandonableChecks", &self.abandonable_checks);
    }
}

/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "GetAccountDeletionStatus",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "AccountId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RdAccountDeletionStatus\":{\"AccountId\":\"169946124551****\",\"CreateTime\":\"2022-08-23T17:05:30+08:00\",\"DeletionTime\":\"2022-08-23T17:06:01+08:00\",\"DeletionType\":\"0\",\"FailReasonList\":[{\"Description\":\"This account has a payer account. Please release the financial relationship of this account first.\",\"Name\":\"Others\"}],\"Status\":\"Success\"},\"RequestId\":\"8AA43293-7C8F-5730-8F2D-7F864EC092C5\"}",
};
/// Input of [`GetAccountDeletionStatus`](super::super::Client::get_account_deletion_status).
#[derive(Clone, Default, PartialEq)]
pub struct GetAccountDeletionStatusRequest {
    /// 成员ID。
    ///
    /// Wire name `AccountId`; required. Example: `169946124551****`.
    pub account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetAccountDeletionStatusRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetAccountDeletionStatusRequest")
            .field("account_id", &self.account_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for GetAccountDeletionStatusRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("AccountId", &self.account_id);
    }
}
/// Builds and sends a [`GetAccountDeletionStatusRequest`] request; get one from [`Client::get_account_deletion_status`](super::super::Client::get_account_deletion_status).
#[derive(Clone, Debug)]
pub struct GetAccountDeletionStatusFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: GetAccountDeletionStatusRequest,
    options: ::alibabacloud::CallOptions,
}
impl GetAccountDeletionStatusFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        GetAccountDeletionStatusFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &GetAccountDeletionStatusRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: GetAccountDeletionStatusRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 成员ID。
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
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        GetAccountDeletionStatusResponse,
        ::alibabacloud::Error<GetAccountDeletionStatusError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl GetAccountDeletionStatusResponse {}
/// 返回结果。
///
/// Output of [`GetAccountDeletionStatus`](super::super::Client::get_account_deletion_status).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct GetAccountDeletionStatusResponse {
    /// 成员删除状态。
    ///
    /// Wire name `RdAccountDeletionStatus`.
    #[serde(rename = "RdAccountDeletionStatus", skip_serializing_if = "Option::is_none")]
    pub rd_account_deletion_status: ::std::option::Option<RdAccountDeletionStatus>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `8AA43293-7C8F-5730-8F2D-7F864EC092C5`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetAccountDeletionStatusResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetAccountDeletionStatusResponse")
            .field("rd_account_deletion_status", &self.rd_account_deletion_status)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`GetAccountDeletionStatus`](super::super::Client::get_account_deletion_status) documents, plus [`Unhandled`](GetAccountDeletionStatusError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccountDeletionStatusError {
    /// HTTP 404 `EntityNotExists.Account`: This resource directory account does not exist.
    EntityNotExistsAccount(::alibabacloud::ServiceError),
    /// HTTP 409 `EntityNotExists.CheckAccount`: There is no check task for this account
    EntityNotExistsCheckAccount(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for GetAccountDeletionStatusError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "EntityNotExists.Account" => {
                GetAccountDeletionStatusError::EntityNotExistsAccount(error)
            }
            "EntityNotExists.CheckAccount" => {
                GetAccountDeletionStatusError::EntityNotExistsCheckAccount(error)
            }
            _ => GetAccountDeletionStatusError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            GetAccountDeletionStatusError::EntityNotExistsAccount(error)
            | GetAccountDeletionStatusError::EntityNotExistsCheckAccount(error)
            | GetAccountDeletionStatusError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for GetAccountDeletionStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for GetAccountDeletionStatusError {}
/// 删除失败原因。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct FailReasonList {
    /// 检查项所属的云服务名称。
    ///
    /// Wire name `Name`. Example: `Others`.
    #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// 检查项描述。
    ///
    /// Wire name `Description`. Example: `This account has a payer account. Please release the financial relationship of this account first.`.
    #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for FailReasonList {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FailReasonList")
            .field("name", &self.name)
            .field("description", &self.description)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for FailReasonList {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Name", &self.name);
        writer.put_field(key, "Description", &self.description);
    }
}
/// 成员删除状态。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct RdAccountDeletionStatus {
    /// 状态。取值：
    ///
    /// - Success：删除成功。
    /// - Checking：检查中。
    /// - Deleting：删除中。
    /// - CheckFailed：检查失败。
    /// - DeleteFailed：删除失败。
    ///
    /// Wire name `Status`. Example: `Success`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// 成员ID。
    ///
    /// Wire name `AccountId`. Example: `169946124551****`.
    #[serde(rename = "AccountId", skip_serializing_if = "Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// 删除开始时间。
    ///
    /// Wire name `CreateTime`. Example: `2022-08-23T17:05:30+08:00`.
    #[serde(rename = "CreateTime", skip_serializing_if = "Option::is_none")]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 删除结束时间。
    ///
    /// Wire name `DeletionTime`; required. Example: `2022-08-23T17:06:01+08:00`.
    #[serde(rename = "DeletionTime", skip_serializing_if = "Option::is_none")]
    pub deletion_time: ::std::option::Option<::std::string::String>,
    /// 删除失败原因。
    ///
    /// Wire name `FailReasonList`.
    #[serde(rename = "FailReasonList", skip_serializing_if = "Option::is_none")]
    pub fail_reason_list: ::std::option::Option<::std::vec::Vec<FailReasonList>>,
    /// 删除类型。取值：
    ///
    /// - 0：直接删除。如果成员最近30天内不存在后付费资源，则系统会直接删除该成员。
    /// - 1：静默期删除。如果成员最近30天内存在后付费资源，则会进入静默期。等待静默期结束后，系统才会开始删除该成员。关于静默期的更多信息，请参见\[什么是成员删除的静默期\](~~446079~~)。
    ///
    /// Wire name `DeletionType`. Example: `0`.
    #[serde(rename = "DeletionType", skip_serializing_if = "Option::is_none")]
    pub deletion_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RdAccountDeletionStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RdAccountDeletionStatus")
            .field("status", &self.status)
            .field("account_id", &self.account_id)
            .field("create_time", &self.create_time)
            .field("deletion_time", &self.deletion_time)
            .field("fail_reason_list", &self.fail_reason_list)
            .field("deletion_type", &self.deletion_type)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for RdAccountDeletionStatus {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Status", &self.status);
        writer.put_field(key, "AccountId", &self.account_id);
        writer.put_field(key, "CreateTime", &self.create_time);
        writer.put_field(key, "DeletionTime", &self.deletion_time);
        writer.put_field(key, "FailReasonList", &self.fail_reason_list);
        writer.put_field(key, "DeletionType", &self.deletion_type);
    }
}

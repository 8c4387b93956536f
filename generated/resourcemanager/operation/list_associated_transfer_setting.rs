/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListAssociatedTransferSetting",
    method: ::alibabacloud::__private::HttpMethod::Get,
    read_only: true,
    params: &[],
    example_response: "{\"AssociatedTransferSetting\":{\"AccountId\":\"121998723923****\",\"EnableExistingResourcesTransfer\":\"true\",\"RuleSettings\":[{\"AssociatedResourceType\":\"disk\",\"AssociatedService\":\"ecs\",\"MasterResourceType\":\"instance\",\"MasterService\":\"ecs\",\"Status\":\"Enable\"}],\"Status\":\"Enable\"},\"RequestId\":\"7556FD65-45D2-5C45-9FC9-A7DE831C775C\"}",
};
/// Input of [`ListAssociatedTransferSetting`](super::super::Client::list_associated_transfer_setting).
#[derive(Clone, Default, PartialEq)]
pub struct ListAssociatedTransferSettingRequest {}
impl ::std::fmt::Debug for ListAssociatedTransferSettingRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAssociatedTransferSettingRequest").finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ListAssociatedTransferSettingRequest {
    fn write_params(&self, _writer: &mut ::alibabacloud::__private::ParamWriter) {}
}
/// Builds and sends a [`ListAssociatedTransferSettingRequest`] request; get one from [`Client::list_associated_transfer_setting`](super::super::Client::list_associated_transfer_setting).
#[derive(Clone, Debug)]
pub struct ListAssociatedTransferSettingFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListAssociatedTransferSettingRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListAssociatedTransferSettingFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListAssociatedTransferSettingFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListAssociatedTransferSettingRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ListAssociatedTransferSettingRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        ListAssociatedTransferSettingResponse,
        ::alibabacloud::Error<ListAssociatedTransferSettingError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListAssociatedTransferSettingResponse {}
/// 返回结果。
///
/// Output of [`ListAssociatedTransferSetting`](super::super::Client::list_associated_transfer_setting).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListAssociatedTransferSettingResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `7556FD65-45D2-5C45-9FC9-A7DE831C775C`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 关联转组功能设置。
    ///
    /// Wire name `AssociatedTransferSetting`.
    #[serde(
        rename = "AssociatedTransferSetting",
        skip_serializing_if = "Option::is_none"
    )]
    pub associated_transfer_setting: ::std::option::Option<AssociatedTransferSetting>,
}
impl ::std::fmt::Debug for ListAssociatedTransferSettingResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAssociatedTransferSettingResponse")
            .field("request_id", &self.request_id)
            .field("associated_transfer_setting", &self.associated_transfer_setting)
            .finish()
    }
}
/// The errors [`ListAssociatedTransferSetting`](super::super::Client::list_associated_transfer_setting) documents, plus [`Unhandled`](ListAssociatedTransferSettingError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAssociatedTransferSettingError {
    /// HTTP 404 `EntityNotExists.AssociatedTransferSetting`: The associated transfer setting does not EXIST.
    EntityNotExistsAssociatedTransferSetting(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ListAssociatedTransferSettingError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "EntityNotExists.AssociatedTransferSetting" => {
                ListAssociatedTransferSettingError::EntityNotExistsAssociatedTransferSetting(
                    error,
                )
            }
            _ => ListAssociatedTransferSettingError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListAssociatedTransferSettingError::EntityNotExistsAssociatedTransferSetting(
                error,
            )
            | ListAssociatedTransferSettingError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListAssociatedTransferSettingError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListAssociatedTransferSettingError {}
/// 关联转组功能规则设置。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct RuleSettings {
    /// 关联资源的资源类型。
    ///
    /// Wire name `AssociatedResourceType`. Example: `disk`.
    #[serde(rename = "AssociatedResourceType", skip_serializing_if = "Option::is_none")]
    pub associated_resource_type: ::std::option::Option<::std::string::String>,
    /// 主资源的资源类型。
    ///
    /// Wire name `MasterResourceType`. Example: `instance`.
    #[serde(rename = "MasterResourceType", skip_serializing_if = "Option::is_none")]
    pub master_resource_type: ::std::option::Option<::std::string::String>,
    /// 关联资源的云服务代码。
    ///
    /// Wire name `AssociatedService`. Example: `ecs`.
    #[serde(rename = "AssociatedService", skip_serializing_if = "Option::is_none")]
    pub associated_service: ::std::option::Option<::std::string::String>,
    /// 主资源的云服务代码。
    ///
    /// Wire name `MasterService`. Example: `ecs`.
    #[serde(rename = "MasterService", skip_serializing_if = "Option::is_none")]
    pub master_service: ::std::option::Option<::std::string::String>,
    /// 关联转组功能开通状态。取值：
    ///
    /// - Enable：开启。
    /// - Disable：关闭。
    ///
    /// Wire name `Status`. Example: `Enable`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RuleSettings {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RuleSettings")
            .field("associated_resource_type", &self.associated_resource_type)
            .field("master_resource_type", &self.master_resource_type)
            .field("associated_service", &self.associated_service)
            .field("master_service", &self.master_service)
            .field("status", &self.status)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for RuleSettings {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "AssociatedResourceType", &self.associated_resource_type);
        writer.put_field(key, "MasterResourceType", &self.master_resource_type);
        writer.put_field(key, "AssociatedService", &self.associated_service);
        writer.put_field(key, "MasterService", &self.master_service);
        writer.put_field(key, "Status", &self.status);
    }
}
/// 关联转组功能设置。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct AssociatedTransferSetting {
    /// 阿里云账号（主账号）ID。
    ///
    /// Wire name `AccountId`. Example: `121998723923****`.
    #[serde(rename = "AccountId", skip_serializing_if = "Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// 关联转组功能开通状态。取值：
    ///
    /// - Enable：开启。
    /// - Disable：关闭。
    ///
    /// Wire name `Status`. Example: `Enable`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// 关联转组功能规则设置。
    ///
    /// Wire name `RuleSettings`.
    #[serde(rename = "RuleSettings", skip_serializing_if = "Option::is_none")]
    pub rule_settings: ::std::option::Option<::std::vec::Vec<RuleSettings>>,
    /// 是否启动存量关联资源跟随转组任务。取值：
    ///
    /// - false：不启动存量关联资源跟随转组任务。
    /// - true：启动存量关联资源跟随转组任务。
    ///
    /// Wire name `EnableExistingResourcesTransfer`. Example: `true`.
    #[serde(
        rename = "EnableExistingResourcesTransfer",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_existing_resources_transfer: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AssociatedTransferSetting {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssociatedTransferSetting")
            .field("account_id", &self.account_id)
            .field("status", &self.status)
            .field("rule_settings", &self.rule_settings)
            .field(
                "enable_existing_resources_transfer",
                &self.enable_existing_resources_transfer,
            )
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for AssociatedTransferSetting {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "AccountId", &self.account_id);
        writer.put_field(key, "Status", &self.status);
        writer.put_field(key, "RuleSettings", &self.rule_settings);
        writer
            .put_field(
                key,
                "EnableExistingResourcesTransfer",
                &self.enable_existing_resources_transfer,
            );
    }
}

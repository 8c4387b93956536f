/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "MoveResources",
    method: ::alibabacloud::__private::HttpMethod::Get,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "ResourceGroupId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "Resources",
            kind: ::alibabacloud::__private::ParamKind::List,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"C00B89D3-3247-11DE-95D8-A7C01FB0AB4F\",\"Responses\":[{\"ErrorCode\":\"NoPermission\",\"ErrorMsg\":\"没权限\",\"RegionId\":\"cn-hangzhou\",\"RequestId\":\"C00B89D3-3247-11DE-95D8-A7C01FB0AB4F\",\"ResourceId\":\"i-23v38****\",\"ResourceType\":\"instance\",\"Service\":\"ecs\",\"Status\":\"FAIL\"}]}",
};
/// Input of [`MoveResources`](super::super::Client::move_resources).
#[derive(Clone, Default, PartialEq)]
pub struct MoveResourcesRequest {
    /// 将要转入的目标资源组ID。
    ///
    /// Wire name `ResourceGroupId`; required. Example: `rg-aekzmeobk5w****`.
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// 将要转移的资源列表。
    ///
    /// > 每次最多转移10个资源。多个资源请分批转移。
    ///
    /// Wire name `Resources`; required.
    pub resources: ::std::option::Option<::std::vec::Vec<Resources>>,
}
impl ::std::fmt::Debug for MoveResourcesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MoveResourcesRequest")
            .field("resource_group_id", &self.resource_group_id)
            .field("resources", &self.resources)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for MoveResourcesRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("ResourceGroupId", &self.resource_group_id);
        writer.put("Resources", &self.resources);
    }
}
/// Builds and sends a [`MoveResourcesRequest`] request; get one from [`Client::move_resources`](super::super::Client::move_resources).
#[derive(Clone, Debug)]
pub struct MoveResourcesFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: MoveResourcesRequest,
    options: ::alibabacloud::CallOptions,
}
impl MoveResourcesFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        MoveResourcesFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &MoveResourcesRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: MoveResourcesRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 将要转入的目标资源组ID。
    ///
    /// Wire name `ResourceGroupId`; required. Example: `rg-aekzmeobk5w****`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.resource_group_id = Some(value.into());
        self
    }
    ///Sets or clears `ResourceGroupId`.
    pub fn set_resource_group_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.resource_group_id = value;
        self
    }
    /// 将要转移的资源列表。
    ///
    /// > 每次最多转移10个资源。多个资源请分批转移。
    ///
    /// Wire name `Resources`; required.
    ///
    /// Appends one item; call again to add more.
    pub fn resources(mut self, item: Resources) -> Self {
        self.request.resources.get_or_insert_with(::std::vec::Vec::new).push(item);
        self
    }
    ///Sets or clears `Resources`.
    pub fn set_resources(
        mut self,
        value: ::std::option::Option<::std::vec::Vec<Resources>>,
    ) -> Self {
        self.request.resources = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        MoveResourcesResponse,
        ::alibabacloud::Error<MoveResourcesError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl MoveResourcesResponse {}
/// 返回结果。
///
/// Output of [`MoveResources`](super::super::Client::move_resources).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct MoveResourcesResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `C00B89D3-3247-11DE-95D8-A7C01FB0AB4F`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 返回结果。
    ///
    /// Wire name `Responses`.
    #[serde(rename = "Responses", skip_serializing_if = "Option::is_none")]
    pub responses: ::std::option::Option<::std::vec::Vec<Responses>>,
}
impl ::std::fmt::Debug for MoveResourcesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MoveResourcesResponse")
            .field("request_id", &self.request_id)
            .field("responses", &self.responses)
            .finish()
    }
}
/// The errors [`MoveResources`](super::super::Client::move_resources) documents, plus [`Unhandled`](MoveResourcesError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum MoveResourcesError {
    /// HTTP 400 `SERVICE_REGION_NO_ENDPOINT`: Please input right service and region
    ServiceRegionNoEndpoint(::alibabacloud::ServiceError),
    /// HTTP 400 `EntityExists.AssociatedTransferTask`: An associated transfer task is in progress. Try again later.
    EntityExistsAssociatedTransferTask(::alibabacloud::ServiceError),
    /// HTTP 400 `NotAllowMove.ExistsAssociatedTransferRule`: Associated resources cannot be transferred while the primary resource is being transferred.
    NotAllowMoveExistsAssociatedTransferRule(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for MoveResourcesError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "SERVICE_REGION_NO_ENDPOINT" => {
                MoveResourcesError::ServiceRegionNoEndpoint(error)
            }
            "EntityExists.AssociatedTransferTask" => {
                MoveResourcesError::EntityExistsAssociatedTransferTask(error)
            }
            "NotAllowMove.ExistsAssociatedTransferRule" => {
                MoveResourcesError::NotAllowMoveExistsAssociatedTransferRule(error)
            }
            _ => MoveResourcesError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            MoveResourcesError::ServiceRegionNoEndpoint(error)
            | MoveResourcesError::EntityExistsAssociatedTransferTask(error)
            | MoveResourcesError::NotAllowMoveExistsAssociatedTransferRule(error)
            | MoveResourcesError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for MoveResourcesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for MoveResourcesError {}
/// 将要转移的资源列表。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Resources {
    /// 资源ID。
    ///
    /// Wire name `ResourceId`. Example: `i-23v38****`.
    #[serde(rename = "ResourceId", skip_serializing_if = "Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// 资源类型。
    ///
    /// 您可以从\[支持资源组的云服务\](~~94479~~)的**资源类型**列获取。
    ///
    /// Wire name `ResourceType`. Example: `instance`.
    #[serde(rename = "ResourceType", skip_serializing_if = "Option::is_none")]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// 资源所属的地域ID。
    ///
    /// Wire name `RegionId`. Example: `cn-hangzhou`.
    #[serde(rename = "RegionId", skip_serializing_if = "Option::is_none")]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// 云服务代码。
    ///
    /// 您可以从\[支持资源组的云服务\](~~94479~~)的**云服务代码**列获取。
    ///
    /// Wire name `Service`. Example: `ecs`.
    #[serde(rename = "Service", skip_serializing_if = "Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Resources {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Resources")
            .field("resource_id", &self.resource_id)
            .field("resource_type", &self.resource_type)
            .field("region_id", &self.region_id)
            .field("service", &self.service)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Resources {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "ResourceId", &self.resource_id);
        writer.put_field(key, "ResourceType", &self.resource_type);
        writer.put_field(key, "RegionId", &self.region_id);
        writer.put_field(key, "Service", &self.service);
    }
}
/// 返回结果。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Responses {
    /// 云服务代码。
    ///
    /// Wire name `Service`. Example: `ecs`.
    #[serde(rename = "Service", skip_serializing_if = "Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
    /// 资源ID。
    ///
    /// Wire name `ResourceId`. Example: `i-23v38****`.
    #[serde(rename = "ResourceId", skip_serializing_if = "Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// 资源类型。
    ///
    /// Wire name `ResourceType`. Example: `instance`.
    #[serde(rename = "ResourceType", skip_serializing_if = "Option::is_none")]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `C00B89D3-3247-11DE-95D8-A7C01FB0AB4F`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 状态。取值：
    ///
    /// - SUCCESS：成功。
    /// - FAIL：失败。
    ///
    /// Wire name `Status`. Example: `FAIL`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// 错误代码。
    ///
    /// > 资源转移失败时返回该参数。
    ///
    /// Wire name `ErrorCode`. Example: `NoPermission`.
    #[serde(rename = "ErrorCode", skip_serializing_if = "Option::is_none")]
    pub error_code: ::std::option::Option<::std::string::String>,
    /// 错误信息。
    /// > 资源转移失败时返回该参数。
    ///
    /// Wire name `ErrorMsg`. Example: `没权限`.
    #[serde(rename = "ErrorMsg", skip_serializing_if = "Option::is_none")]
    pub error_msg: ::std::option::Option<::std::string::String>,
    /// 资源所属的地域ID。
    ///
    /// Wire name `RegionId`. Example: `cn-hangzhou`.
    #[serde(rename = "RegionId", skip_serializing_if = "Option::is_none")]
    pub region_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Responses {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Responses")
            .field("service", &self.service)
            .field("resource_id", &self.resource_id)
            .field("resource_type", &self.resource_type)
            .field("request_id", &self.request_id)
            .field("status", &self.status)
            .field("error_code", &self.error_code)
            .field("error_msg", &self.error_msg)
            .field("region_id", &self.region_id)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Responses {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Service", &self.service);
        writer.put_field(key, "ResourceId", &self.resource_id);
        writer.put_field(key, "ResourceType", &self.resource_type);
        writer.put_field(key, "RequestId", &self.request_id);
        writer.put_field(key, "Status", &self.status);
        writer.put_field(key, "ErrorCode", &self.error_code);
        writer.put_field(key, "ErrorMsg", &self.error_msg);
        writer.put_field(key, "RegionId", &self.region_id);
    }
}

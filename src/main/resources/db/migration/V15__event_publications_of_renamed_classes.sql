-- The redesign of the payments and invoices modules renamed event classes and the listeners that handle them.
-- Spring Modulith finds an event's listener again by its listener id (class, method and parameter types) and reads
-- the event back by its class name: publications stored before the update and not yet completed keep both, so
-- they are delivered after it as they would have been before.

update event_publication set event_type = 'com.ayurlahi.payments.gateway.GatewayCallDue$RefundDue'
 where event_type = 'com.ayurlahi.payments.GatewayWorkDue$RefundDue';
update event_publication set event_type = 'com.ayurlahi.payments.gateway.GatewayCallDue$TransferDue'
 where event_type = 'com.ayurlahi.payments.GatewayWorkDue$TransferDue';

update event_publication
   set listener_id = 'com.ayurlahi.payments.internal.GatewayCallWorker.on(com.ayurlahi.payments.gateway.GatewayCallDue$RefundDue)'
 where listener_id = 'com.ayurlahi.payments.GatewayWork.on(com.ayurlahi.payments.GatewayWorkDue$RefundDue)';
update event_publication
   set listener_id = 'com.ayurlahi.payments.internal.GatewayCallWorker.on(com.ayurlahi.payments.gateway.GatewayCallDue$TransferDue)'
 where listener_id = 'com.ayurlahi.payments.GatewayWork.on(com.ayurlahi.payments.GatewayWorkDue$TransferDue)';
update event_publication
   set listener_id = 'com.ayurlahi.payments.internal.GatewayCallWorker.on(com.ayurlahi.orders.OrderStatusChanged)'
 where listener_id = 'com.ayurlahi.payments.GatewayWork.on(com.ayurlahi.orders.OrderStatusChanged)';

update event_publication
   set listener_id = 'com.ayurlahi.invoices.OwedDocumentRecorder.on(com.ayurlahi.payments.PaymentCaptured)'
 where listener_id = 'com.ayurlahi.invoices.InvoiceRequesting.on(com.ayurlahi.payments.PaymentCaptured)';
update event_publication
   set listener_id = 'com.ayurlahi.invoices.OwedDocumentRecorder.on(com.ayurlahi.payments.RefundProcessed)'
 where listener_id = 'com.ayurlahi.invoices.InvoiceRequesting.on(com.ayurlahi.payments.RefundProcessed)';

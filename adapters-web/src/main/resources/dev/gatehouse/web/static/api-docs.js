// Starts Swagger UI on /api/docs over the document named by the page. A file of its own, not an
// inline script, so the page's Content-Security-Policy needs no 'unsafe-inline'.
window.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    url: root.getAttribute('data-openapi-url'),
    dom_id: '#swagger-ui',
    deepLinking: true
  });
});

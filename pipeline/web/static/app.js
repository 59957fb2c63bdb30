// ceinbox review page: copy buttons, boxes that focus their field, drag-and-drop upload.
"use strict";

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : "";
}

function copyField(button) {
  const input = document.getElementById(button.dataset.copy);
  if (!input) return;
  const done = () => { button.textContent = "Copied"; setTimeout(() => { button.textContent = "Copy"; }, 1200); };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(input.value).then(done, () => { input.select(); document.execCommand("copy"); done(); });
  } else {
    input.select();
    document.execCommand("copy");
    done();
  }
}

function focusField(box) {
  document.querySelectorAll(".box.active").forEach((b) => b.classList.remove("active"));
  box.classList.add("active");
  const input = document.getElementById("f-" + box.dataset.field);
  if (!input) return;
  input.focus();
  input.select && input.select();
  const field = input.closest(".field");
  if (field) {
    field.classList.add("highlight");
    setTimeout(() => field.classList.remove("highlight"), 1500);
  }
}

function setupDropzone(form) {
  const send = (files) => {
    const data = new FormData();
    for (const file of files) data.append("file", file);
    data.append("csrf_token", csrfToken());
    form.classList.add("over");
    fetch(form.action, { method: "POST", body: data, headers: { "Accept": "application/json", "X-CSRFToken": csrfToken() } })
      .then((r) => r.json())
      .then((body) => { window.location = body.item ? "/items/" + body.item : "/"; })
      .catch(() => form.submit());
  };
  ["dragenter", "dragover"].forEach((name) => document.addEventListener(name, (e) => { e.preventDefault(); form.classList.add("over"); }));
  document.addEventListener("dragleave", (e) => { if (!e.relatedTarget) form.classList.remove("over"); });
  document.addEventListener("drop", (e) => {
    e.preventDefault();
    form.classList.remove("over");
    const files = Array.from(e.dataTransfer.files).filter((f) => /\.pdf$/i.test(f.name) || f.type === "application/pdf");
    if (files.length) send(files);
  });
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("button.copy").forEach((b) => b.addEventListener("click", () => copyField(b)));
  document.querySelectorAll(".box").forEach((b) => b.addEventListener("click", () => focusField(b)));
  const upload = document.getElementById("upload");
  if (upload) setupDropzone(upload);
  const status = document.getElementById("status");
  if (status) status.addEventListener("change", () => status.form.submit());
});

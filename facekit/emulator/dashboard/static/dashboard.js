// facekit emulator dashboard: live blocks, control forms and the "try a photo" page.
// Plain browser JavaScript, no build step. Calls to the REST API go through
// <dashboard>/api/<account>/face/..., which adds the account's key on the server.
"use strict";

const BASE = document.body.dataset.base;
const COLOURS = ["#00c853", "#2962ff", "#ff6d00", "#d50000", "#aa00ff", "#00b8d4", "#ffd600"];

// ---- live blocks: refreshed every second while the tab is visible
function refreshLive() {
  if (document.hidden) return;
  for (const block of document.querySelectorAll("[data-live]")) {
    fetch(block.dataset.live, { credentials: "same-origin" })
      .then((r) => (r.ok ? r.text() : null))
      .then((text) => {
        if (text !== null && text !== block.dataset.last) {
          block.dataset.last = text;
          block.innerHTML = text;
        }
      })
      .catch(() => {});
  }
}
setInterval(refreshLive, 1000);

// ---- control forms: POST as a form, show the JSON answer
for (const form of document.querySelectorAll("form.control")) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) return;
    const answer = await fetch(form.dataset.endpoint, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      credentials: "same-origin",
    });
    document.getElementById("control-result").textContent = JSON.stringify(
      await answer.json(), null, 2);
  });
}

// ---- try a photo
const tryForm = document.getElementById("try");
if (tryForm) setUpTry(tryForm);

function setUpTry(form) {
  const groups = JSON.parse(form.dataset.groups || "{}");
  const status = document.getElementById("try-status");
  const result = document.getElementById("try-result");
  const fillGroups = () => {
    const select = form.elements.group;
    select.length = 1;
    for (const [kind, id, name, model] of groups[form.elements.account.value] || []) {
      const option = new Option(`${name} (${id}, ${model})`, `${kind}:${id}`);
      option.dataset.model = model;
      select.add(option);
    }
    if (select.length > 1) select.selectedIndex = 1;
    matchModel();
  };
  // identify needs faceIds of the group's recognition model
  const matchModel = () => {
    const chosen = form.elements.group.selectedOptions[0];
    if (chosen?.dataset.model) form.elements.recognitionModel.value = chosen.dataset.model;
  };
  form.elements.account.addEventListener("change", fillGroups);
  form.elements.group.addEventListener("change", matchModel);
  fillGroups();

  const api = (path, options = {}) =>
    fetch(`${BASE}/api/${form.elements.account.value}/face/v1.0/${path}`, {
      credentials: "same-origin", ...options,
    }).then(async (r) => {
      const body = r.headers.get("content-type")?.includes("json") ? await r.json() : null;
      if (!r.ok) throw new Error(`${r.status} ${body?.error?.code || ""}: ${body?.error?.message || ""}`);
      return body;
    });

  const detect = (file) => {
    const query = new URLSearchParams({
      returnFaceId: "true",
      returnFaceLandmarks: String(form.elements.landmarks.checked),
      detectionModel: form.elements.detectionModel.value,
      recognitionModel: form.elements.recognitionModel.value,
    });
    const attributes = [...form.querySelectorAll("input[name=attr]:checked")].map((c) => c.value);
    if (attributes.length) query.set("returnFaceAttributes", attributes.join(","));
    return api(`detect?${query}`, {
      method: "POST", body: file, headers: { "content-type": "application/octet-stream" },
    });
  };

  const identify = async (faces) => {
    const choice = form.elements.group.value;
    if (!choice || !faces.length) return {};
    const [kind, id] = choice.split(/:(.*)/s);
    const field = kind === "lpg" ? "largePersonGroupId" : "personGroupId";
    const path = kind === "lpg" ? "largepersongroups" : "persongroups";
    const names = {};
    for (let i = 0; i < faces.length; i += 10) {
      const batch = faces.slice(i, i + 10).map((f) => f.faceId);
      const answers = await api("identify", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ faceIds: batch, [field]: id, maxNumOfCandidatesReturned: 1 }),
      });
      for (const answer of answers) {
        const best = answer.candidates[0];
        if (!best) continue;
        const person = await api(`${path}/${encodeURIComponent(id)}/persons/${best.personId}`);
        names[answer.faceId] = `${person.name} ${best.confidence.toFixed(2)}`;
      }
    }
    return names;
  };

  const run = async (file) => {
    status.textContent = `Detecting faces in ${file.name}…`;
    result.textContent = "";
    try {
      const faces = await detect(file);
      const names = await identify(faces);
      await draw(file, faces, names);
      const named = Object.keys(names).length;
      status.textContent = `${faces.length} face(s)` +
        (form.elements.group.value ? `, ${named} identified` : "");
      result.textContent = JSON.stringify(faces, null, 2);
      const list = document.getElementById("faces") || document.createElement("ol");
      list.id = "faces";
      list.innerHTML = "";
      for (const face of faces) {
        const item = document.createElement("li");
        item.dataset.name = names[face.faceId] ? names[face.faceId].replace(/ [0-9.]+$/, "") : "";
        item.textContent = names[face.faceId] || "unknown";
        list.append(item);
      }
      status.after(list);
    } catch (error) {
      status.textContent = `Failed: ${error.message}`;
    }
  };

  const canvas = document.getElementById("canvas");
  const draw = async (file, faces, names) => {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, 960 / bitmap.width);
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    const pen = canvas.getContext("2d");
    pen.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const width = Math.max(2, Math.round(Math.max(canvas.width, canvas.height) / 300));
    pen.font = `${Math.max(12, Math.round(Math.max(canvas.width, canvas.height) / 45))}px sans-serif`;
    pen.textBaseline = "top";
    faces.forEach((face, index) => {
      const colour = COLOURS[index % COLOURS.length];
      const r = face.faceRectangle;
      const [x, y, w, h] = [r.left * scale, r.top * scale, r.width * scale, r.height * scale];
      pen.strokeStyle = colour;
      pen.lineWidth = width;
      pen.strokeRect(x, y, w, h);
      pen.fillStyle = colour;
      for (const point of Object.values(face.faceLandmarks || {})) {
        pen.beginPath();
        pen.arc(point.x * scale, point.y * scale, width, 0, 2 * Math.PI);
        pen.fill();
      }
      const label = names[face.faceId];
      if (label) {
        const textHeight = parseInt(pen.font, 10);
        const boxWidth = pen.measureText(label).width + 2 * width;
        const top = y - textHeight - 2 * width >= 0 ? y - textHeight - 2 * width : y + h;
        pen.fillRect(x, top, boxWidth, textHeight + 2 * width);
        pen.fillStyle = "white";
        pen.fillText(label, x + width, top + width);
      }
    });
  };

  const drop = document.getElementById("drop");
  drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    if (event.dataTransfer.files.length) run(event.dataTransfer.files[0]);
  });
  document.getElementById("photo").addEventListener("change", (event) => {
    if (event.target.files.length) run(event.target.files[0]);
  });

  document.getElementById("verify").addEventListener("click", async () => {
    const out = document.getElementById("verify-result");
    const first = document.getElementById("verify1").files[0];
    const second = document.getElementById("verify2").files[0];
    if (!first || !second) { out.textContent = "Choose two photos."; return; }
    try {
      const [a, b] = await Promise.all([detect(first), detect(second)]);
      if (!a.length || !b.length) { out.textContent = "No face found in one of the photos."; return; }
      const answer = await api("verify", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ faceId1: a[0].faceId, faceId2: b[0].faceId }),
      });
      out.textContent = `${answer.isIdentical ? "Same person" : "Different people"}` +
        ` (confidence ${answer.confidence.toFixed(2)}; largest face of each photo)`;
    } catch (error) {
      out.textContent = `Failed: ${error.message}`;
    }
  });
}

// Region chooser of the registration pages (Pages/Shared/_RegionChooser.cshtml). Without this script the page
// still works: "更新下级列表" posts the form back. With it, the lists refresh in place, and typing the ID number or
// credit code selects the county its area digits name, unless the person already chose one.
"use strict";
(function () {
    const chooser = document.querySelector("[data-region-chooser]");
    if (!chooser) return;
    const province = chooser.querySelector("[data-level=province]");
    const city = chooser.querySelector("[data-level=city]");
    const county = chooser.querySelector("[data-level=county]");
    const refresh = chooser.querySelector("[data-refresh]");
    if (refresh) refresh.hidden = true;

    async function getJson(url) {
        const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
        return response.ok ? response.json() : null;
    }

    async function fill(select, parent, selected) {
        select.length = 1; // keep "请选择"
        if (parent) {
            const regions = (await getJson("/api/regions?parent=" + encodeURIComponent(parent))) || [];
            for (const r of regions) {
                if (r.level === "Town" || r.level === "Village") continue;
                select.add(new Option(r.name, r.code));
            }
        }
        select.value = selected || "";
    }

    province.addEventListener("change", async () => {
        await fill(city, province.value);
        await fill(county, null);
    });
    city.addEventListener("change", () => fill(county, city.value));

    async function selectCounty(code) {
        const region = await getJson("/api/regions/" + code);
        if (!region || region.level !== "County") return;
        const parent = await getJson("/api/regions/" + region.parentCode);
        if (!parent) return;
        if (parent.level === "Province") { // 省直辖县级行政区: the county sits in the second list
            province.value = parent.code;
            await fill(city, parent.code, region.code);
            await fill(county, null);
            return;
        }
        province.value = parent.parentCode;
        await fill(city, parent.parentCode, parent.code);
        await fill(county, parent.code, region.code);
    }

    const source = document.querySelector("[data-area-source]");
    if (!source) return;
    const offset = Number(source.dataset.areaOffset || 0);
    source.addEventListener("input", () => {
        if (county.value || city.value) return; // the person chose already
        const area = source.value.trim().substring(offset, offset + 6);
        if (source.value.trim().length >= offset + 6 && /^\d{6}$/.test(area)) selectCounty(area);
    });
})();

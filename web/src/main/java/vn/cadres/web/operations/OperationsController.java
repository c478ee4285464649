package vn.cadres.web.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cadres.web.services.Services;
import vn.cadres.web.services.Services.ServiceName;

/** Operations' page: each service's event processors and the events none could process. */
@Controller
class OperationsController {

    private final Services services;

    OperationsController(Services services) {
        this.services = services;
    }

    /** One service's processors and dead letters. */
    public record ServiceState(ServiceName service, List<Map<String, Object>> processors, List<Map<String, Object>> deadLetters) {
    }

    @GetMapping("/operations")
    String operations(Model model) {
        List<ServiceState> states = new ArrayList<>();
        for (ServiceName service : ServiceName.values()) {
            states.add(new ServiceState(service,
                    services.list(service, uri -> uri.path("/api/admin/processors").build()),
                    services.list(service, uri -> uri.path("/api/admin/dead-letters").build())));
        }
        model.addAttribute("states", states);
        return "operations";
    }
}

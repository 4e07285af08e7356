package com.gmall.rtdw.codegen.emit;

import com.gmall.rtdw.codegen.model.ModelDescriptors;
import com.gmall.rtdw.codegen.model.TableDescriptor;
import java.util.ArrayList;
import java.util.List;

/** Every DDL file for the model. */
public final class DdlFiles {
    private DdlFiles() {}

    public static List<GeneratedFile> emit(ModelDescriptors model) {
        DdlEmitter emitter = new DdlEmitter();
        List<GeneratedFile> files = new ArrayList<>();
        for (TableDescriptor t : model.tables()) {
            files.add(emitter.emit(t));
        }
        return files;
    }
}
